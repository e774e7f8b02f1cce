// What the chain's filters hide: plain data in, the ids to hide out (the canvas applies them).
export interface ChainFilters {
  /** Stage ids to show; null shows every stage. Participants without a stage are the key "". */
  stages: string[] | null;
  /** Show only flows (and gap nodes) of this product; null shows all. */
  product: string | null;
  /** Hide flows below this many ₽. */
  minFlow: number;
  /** Outside-supplier groups shown (expanded) or hidden (collapsed). */
  showOutside: boolean;
}

export const noFilters = (): ChainFilters => ({ stages: null, product: null, minFlow: 0, showOutside: true });

export interface FilterNode { id: string; type: string; stage: string | null; customer?: string; product?: string | null }
export interface FilterEdge { id: string; source: string; target: string; type: string; product: string | null; value: number }

export function isFiltered(f: ChainFilters): boolean {
  return f.stages !== null || f.product !== null || f.minFlow > 0 || !f.showOutside;
}

/** Ids of nodes and edges the filters hide. */
export function hiddenIds(nodes: FilterNode[], edges: FilterEdge[], f: ChainFilters): Set<string> {
  const hidden = new Set<string>();
  const stageSet = f.stages ? new Set(f.stages) : null;
  for (const n of nodes) {
    if (n.type === 'participant' && stageSet && !stageSet.has(n.stage ?? '')) hidden.add(n.id);
    if (n.type === 'outside' && !f.showOutside) hidden.add(n.id);
  }
  for (const n of nodes) {
    if (n.type !== 'gap') continue;
    if ((n.customer && hidden.has(n.customer)) || (f.product !== null && n.product !== f.product)) hidden.add(n.id);
  }
  const visibleInflow = new Set<string>();
  for (const e of edges) {
    const flow = e.type === 'supply' || e.type === 'inflow';
    if (
      hidden.has(e.source) || hidden.has(e.target) ||
      (flow && e.value < f.minFlow) ||
      (flow && f.product !== null && e.product !== f.product)
    ) hidden.add(e.id);
    else if (e.type === 'inflow') visibleInflow.add(e.source);
  }
  // An outside group whose every flow is filtered out goes too: it would float unconnected.
  if (f.product !== null || f.minFlow > 0) {
    for (const n of nodes) if (n.type === 'outside' && !visibleInflow.has(n.id)) hidden.add(n.id);
  }
  return hidden;
}

/** Toggle one stage in the stage filter; all stages selected again means no stage filter. */
export function toggleStage(f: ChainFilters, stage: string, allStages: string[]): ChainFilters {
  const current = new Set(f.stages ?? allStages);
  if (current.has(stage)) current.delete(stage);
  else current.add(stage);
  const stages = allStages.every((s) => current.has(s)) ? null : allStages.filter((s) => current.has(s));
  return { ...f, stages };
}
