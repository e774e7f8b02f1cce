// Scenario mode draws the pending changes into the chain the server sent: a hypothetical
// supplier appears as a node, a new or changed flow as an edge. Only drawing — every level,
// colour and requirement shown comes from POST /api/clusters/:id/scenarios.
import type { ChainAnswer } from '../../api/chain/schema.js';
import type { Change } from '../../api/scenarios/schema.js';

type Node = ChainAnswer['nodes'][number];
type Edge = ChainAnswer['edges'][number];

export interface Overlaid { chain: ChainAnswer; hypothetical: Set<string> }

const edgeKey = (from: string, to: string, product: string | null | undefined) => `${from}>${to}>${product ?? ''}`;

export function overlayChanges(base: ChainAnswer, changes: Change[]): Overlaid {
  const hypothetical = new Set<string>();
  if (!changes.length) return { chain: base, hypothetical };
  const nodes = new Map<string, Node>(base.nodes.map((n) => [n.data.id, n]));
  const edges = new Map<string, Edge>(base.edges.map((e) => [edgeKey(e.data.source, e.data.target, e.data.product), e]));
  const orgs = new Map<string, Extract<Change, { op: 'addOrganization' }>>();
  const stageOrder = new Map(base.stages.map((s) => [s.id, s.order]));
  const mark = (id: string) => hypothetical.add(id);

  for (const c of changes) {
    switch (c.op) {
      case 'addOrganization': orgs.set(c.id, c); break;
      case 'addMembership': {
        const org = orgs.get(c.org);
        const existing = nodes.get(c.org);
        const data: Node['data'] = {
          id: c.org, label: org?.name ?? existing?.data.label ?? c.org, type: 'participant',
          stage: c.stage ?? null, stageOrder: c.stage ? stageOrder.get(c.stage) ?? null : null,
          kind: org?.kind ?? existing?.data.kind ?? 'enterprise', status: c.status, finalProducer: c.finalProducer,
          country: org?.country ?? 'RU', region: org?.region ?? null, inn: null, members: 1,
        };
        nodes.set(c.org, { data });
        mark(c.org);
        break;
      }
      case 'removeMembership':
        nodes.delete(c.org);
        for (const [k, e] of edges) if (e.data.source === c.org || e.data.target === c.org) edges.delete(k);
        break;
      case 'setSupply': {
        const k = edgeKey(c.from, c.to, c.product);
        const old = edges.get(k);
        const data: Edge['data'] = old
          ? { ...old.data, value: c.value }
          : { id: `scenario:${k}`, source: c.from, target: c.to, type: 'supply', product: c.product ?? null, productName: null, value: c.value };
        edges.set(k, { data });
        mark(data.id);
        break;
      }
      case 'removeSupply':
        edges.delete(edgeKey(c.from, c.to, c.product));
        break;
      default: break; // needs and financials change numbers only, which the API recomputes
    }
  }
  const ids = new Set(nodes.keys());
  const kept = [...edges.values()].filter((e) => ids.has(e.data.source) && ids.has(e.data.target));
  return { chain: { ...base, nodes: [...nodes.values()], edges: kept }, hypothetical };
}
