// What the details panel shows for the element selected in the canvas.
import type { Core, NodeSingular } from 'cytoscape';
import type { DependencyAnswer } from '../api-client.js';
import type { DetailsInput, FlowFacts, NodeFacts } from '../panels/details.js';
import type { BuiltChain } from './elements.js';
import type { Selected } from './canvas.js';

export function detailsOf(cy: Core, selected: Selected, built: BuiltChain | null, dep: DependencyAnswer | null, stageNames: Map<string, string>): DetailsInput {
  if (!selected) return { kind: 'none' };
  const el = cy.getElementById(selected.id);
  if (el.empty()) return { kind: 'none' };
  const name = (id: string) => (cy.getElementById(id).data('label') as string | undefined) ?? id;
  if (selected.group === 'edges') {
    const flow = el.data() as FlowFacts;
    if (flow.type === 'gap') {
      const gap = built?.gapNodes.get(flow.source);
      return gap ? { kind: 'gap', gap } : { kind: 'none' };
    }
    return { kind: 'flow', flow, sourceName: name(flow.source), targetName: name(flow.target) };
  }
  const node = el.data() as NodeFacts;
  if (node.type === 'gap') {
    const gap = built?.gapNodes.get(node.id);
    return gap ? { kind: 'gap', gap } : { kind: 'none' };
  }
  if (node.type === 'outside') {
    const flows = (el as NodeSingular).outgoers('edge').edges().map((e) => ({ ...(e.data() as FlowFacts), targetName: name(e.target().id()) }))
      .sort((a, b) => b.value - a.value);
    return { kind: 'outside', node, flows };
  }
  if (node.type === 'participant') {
    const dependency = dep?.participants.find((p) => p.id === node.id) ?? null;
    return { kind: 'participant', node, dependency, stageName: node.stage ? stageNames.get(node.stage) ?? node.stage : null };
  }
  return { kind: 'none' };
}
