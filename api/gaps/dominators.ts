// Dominators of a directed graph from a root (Cooper, Harvey & Kennedy, "A Simple, Fast Dominance
// Algorithm", 2001). d dominates v when every path from the root to v passes through d.
//
// Used for stage cuts: in the supply graph reversed and rooted at a final producer F, x dominates v
// exactly when every supply path from v to F runs through x — so x's exit cuts v off F.

export interface DominatorTree {
  /** Nodes reachable from the root, root included. */
  reachable: Set<string>;
  /** Immediate dominator of each reachable node other than the root. */
  idom: Map<string, string>;
}

export function dominators(root: string, successors: (node: string) => Iterable<string>): DominatorTree {
  // Depth-first postorder from the root (iterative: chains can be long).
  const order: string[] = [];
  const index = new Map<string, number>();
  const preds = new Map<string, string[]>();
  const visited = new Set<string>([root]);
  const stack: [string, Iterator<string>][] = [[root, successors(root)[Symbol.iterator]()]];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const next = top[1].next();
    if (next.done) {
      index.set(top[0], order.length);
      order.push(top[0]);
      stack.pop();
      continue;
    }
    const w = next.value;
    preds.set(w, [...(preds.get(w) ?? []), top[0]]);
    if (!visited.has(w)) {
      visited.add(w);
      stack.push([w, successors(w)[Symbol.iterator]()]);
    }
  }
  const idom = new Map<string, string>([[root, root]]);
  const intersect = (a: string, b: string) => {
    while (a !== b) {
      while (index.get(a)! < index.get(b)!) a = idom.get(a)!;
      while (index.get(b)! < index.get(a)!) b = idom.get(b)!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = order.length - 2; i >= 0; i--) { // reverse postorder, root (last) excluded
      const v = order[i]!;
      let d: string | undefined;
      for (const p of preds.get(v) ?? []) if (idom.has(p)) d = d === undefined ? p : intersect(p, d);
      if (d !== undefined && idom.get(v) !== d) { idom.set(v, d); changed = true; }
    }
  }
  idom.delete(root);
  return { reachable: visited, idom };
}

/** The nearest common dominator of `nodes` (each counts as dominating itself). */
export function commonDominator(tree: DominatorTree, root: string, nodes: string[]): string {
  const chain = (v: string) => { const c = [v]; while (v !== root) c.push((v = tree.idom.get(v)!)); return c; };
  let common = chain(nodes[0]!);
  for (const v of nodes.slice(1)) { const c = new Set(chain(v)); common = common.filter((d) => c.has(d)); }
  return common[0]!;
}

/** `node` and every dominator above it, the root excluded. */
export function dominatorsOf(tree: DominatorTree, root: string, node: string): string[] {
  const out: string[] = [];
  for (let v = node; v !== root; v = tree.idom.get(v)!) out.push(v);
  return out;
}
