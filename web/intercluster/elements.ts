// The between-clusters graph as Cytoscape elements: a node per cluster sized by its participants,
// an edge per supplying → buying pair of clusters, its width by ₽ on the chain's square-root scale.
import type { ElementDefinition } from 'cytoscape';
import { scaleSqrt } from 'd3-scale';
import type { InterclusterAnswer } from '../api-client.js';
import { edgeWidthScale } from '../chain/scales.js';

export const MIN_NODE = 24;
export const MAX_NODE = 64;

export interface InterclusterElements {
  elements: ElementDefinition[];
  /** Σ ₽ a cluster ships to and buys from other clusters: the concentric layout puts the busiest inside. */
  weight: Map<string, number>;
  maxValue: number;
}

export function interclusterElements(answer: InterclusterAnswer, label: (value: number) => string = String): InterclusterElements {
  const maxValue = Math.max(0, ...answer.edges.map((e) => e.data.value));
  const width = edgeWidthScale(maxValue);
  const maxParticipants = Math.max(1, ...answer.nodes.map((n) => n.data.participants));
  const size = scaleSqrt().domain([0, maxParticipants]).range([MIN_NODE, MAX_NODE]).clamp(true);
  const weight = new Map<string, number>(answer.nodes.map((n) => [n.data.id, 0]));
  for (const e of answer.edges) {
    weight.set(e.data.source, (weight.get(e.data.source) ?? 0) + e.data.value);
    weight.set(e.data.target, (weight.get(e.data.target) ?? 0) + e.data.value);
  }
  const elements: ElementDefinition[] = [
    ...answer.nodes.map((n): ElementDefinition => ({
      group: 'nodes', data: { id: n.data.id, label: n.data.name, participants: n.data.participants, size: size(n.data.participants), weight: weight.get(n.data.id) ?? 0 },
    })),
    ...answer.edges.map((e): ElementDefinition => ({
      group: 'edges', data: { ...e.data, width: width(e.data.value), label: label(e.data.value) },
    })),
  ];
  return { elements, weight, maxValue };
}

/** The pairs of clusters by ₽, largest first (the list beside the graph). */
export function rankedEdges(answer: InterclusterAnswer): InterclusterAnswer['edges'][number]['data'][] {
  return answer.edges.map((e) => e.data).sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
