// Precomputed positions of the chain: one column per production stage, left (inputs) to right
// (final product). Linear-time apart from sorting, so a 2,000-node chain lays out in milliseconds
// on the main thread — no force simulation.
export interface LayoutInput {
  /** `added`: a scenario's hypothetical participant, drawn at the end of its column so the others keep their places. */
  participants: Array<{ id: string; stageOrder: number | null; label: string; added?: boolean }>;
  /** Flows between participants (orders rows so that flows cross less). */
  supplies: Array<{ source: string; target: string }>;
  /** Outside-supplier groups and the participants they supply. */
  outside: Array<{ id: string; customers: string[] }>;
  /** Gap nodes, each drawn next to its customer. */
  gaps: Array<{ id: string; customer: string }>;
}

export interface Point { x: number; y: number }
export interface Column { order: number | null; x: number }
export interface Layout { positions: Map<string, Point>; columns: Column[]; top: number }

export const SUB_W = 230; // one sub-column: a node with its label and, below it, its gap nodes
export const COL_GAP = 110; // between stages, room for outside groups
export const ROW_H = 100;
export const GAP_H = 22;
const GAP_TOP = 58; // gap nodes start below the participant's label

/** Participants per stage, in stage order; participants without a stage come last. */
function stageColumns(input: LayoutInput): Array<{ order: number | null; ids: string[]; added: string[] }> {
  const byOrder = new Map<number | null, { ids: string[]; added: string[] }>();
  const sorted = [...input.participants].sort((a, b) => a.label.localeCompare(b.label, 'ru') || a.id.localeCompare(b.id));
  for (const p of sorted) {
    const col = byOrder.get(p.stageOrder) ?? { ids: [], added: [] };
    (p.added ? col.added : col.ids).push(p.id);
    byOrder.set(p.stageOrder, col);
  }
  const orders = [...byOrder.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return orders.map((order) => ({ order, ...byOrder.get(order)! }));
}

/** Barycentre ordering: a few sweeps that move each node towards the mean row of its neighbours. */
function orderRows(columns: string[][], input: LayoutInput): void {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => { (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b); };
  for (const s of input.supplies) { link(s.source, s.target); link(s.target, s.source); }
  const rank = new Map<string, number>();
  const rerank = (ids: string[]) => ids.forEach((id, i) => rank.set(id, ids.length > 1 ? i / (ids.length - 1) : 0.5));
  columns.forEach(rerank);
  const sweep = (c: number) => {
    const ids = columns[c]!;
    const own = new Set(ids);
    const key = new Map<string, number>();
    for (const id of ids) {
      const ns = (neighbours.get(id) ?? []).filter((n) => rank.has(n) && !own.has(n));
      key.set(id, ns.length ? ns.reduce((s, n) => s + rank.get(n)!, 0) / ns.length : rank.get(id)!);
    }
    ids.sort((a, b) => key.get(a)! - key.get(b)!);
    rerank(ids);
  };
  for (let iter = 0; iter < 2; iter++) {
    for (let c = 1; c < columns.length; c++) sweep(c);
    for (let c = columns.length - 2; c >= 0; c--) sweep(c);
  }
}

export function layoutChain(input: LayoutInput): Layout {
  const positions = new Map<string, Point>();
  const cols = stageColumns(input);
  const total = input.participants.length;
  // Tall stages wrap into sub-columns so a big chain keeps a usable shape.
  const rowsMax = Math.max(8, Math.ceil(Math.sqrt(total) * 1.5));
  const columnIds = cols.map((c) => c.ids);
  if (total <= 5000) orderRows(columnIds, input);
  cols.forEach((c, i) => columnIds[i]!.push(...c.added));
  const gapsOf = new Map<string, string[]>();
  for (const g of input.gaps) (gapsOf.get(g.customer) ?? gapsOf.set(g.customer, []).get(g.customer)!).push(g.id);

  const columns: Column[] = [];
  let x = 0;
  cols.forEach((col, c) => {
    const ids = columnIds[c]!;
    const sub = Math.max(1, Math.ceil(ids.length / rowsMax));
    // Odd stages sit half a row lower, so a flow between two stages never runs through a node of a stage between.
    let y = c % 2 ? ROW_H / 2 : 0;
    for (let r = 0; r * sub < ids.length; r++) {
      const row = ids.slice(r * sub, r * sub + sub);
      let height = ROW_H;
      row.forEach((id, i) => {
        const px = x + i * SUB_W;
        positions.set(id, { x: px, y });
        const gaps = gapsOf.get(id) ?? [];
        gaps.forEach((g, j) => positions.set(g, { x: px - 50, y: y + GAP_TOP + j * GAP_H }));
        height = Math.max(height, GAP_TOP + 24 + gaps.length * GAP_H);
      });
      y += height;
    }
    columns.push({ order: col.order, x: x + ((sub - 1) * SUB_W) / 2 });
    x += sub * SUB_W + COL_GAP;
  });

  placeOutside(input, positions);
  let top = 0;
  for (const p of positions.values()) top = Math.min(top, p.y);
  return { positions, columns, top: top - 90 };
}

/** Outside groups left of their leftmost customer, at their customers' mean height, not overlapping. */
function placeOutside(input: LayoutInput, positions: Map<string, Point>): void {
  const placed: Array<{ id: string; x: number; y: number }> = [];
  for (const o of input.outside) {
    const pts = o.customers.map((c) => positions.get(c)).filter((p): p is Point => !!p);
    if (!pts.length) continue;
    const x = Math.min(...pts.map((p) => p.x)) - (SUB_W + COL_GAP) / 2;
    const y = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    placed.push({ id: o.id, x, y });
  }
  placed.sort((a, b) => a.x - b.x || a.y - b.y);
  const lastY = new Map<number, number>();
  for (const p of placed) {
    const prev = lastY.get(p.x);
    const y = prev !== undefined && p.y < prev + 70 ? prev + 70 : p.y;
    lastY.set(p.x, y);
    positions.set(p.id, { x: p.x, y });
  }
}
