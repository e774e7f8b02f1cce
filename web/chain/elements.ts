// Cytoscape elements of the chain: the API's nodes and edges, coloured by the dependency answer,
// sized by ₽, with gap nodes for unmet needs and stage headers, at precomputed positions.
import type { ElementDefinition } from 'cytoscape';
import type { ChainAnswer } from '../../api/chain/schema.js';
import type { DependencyAnswer, ParticipantDependency } from '../../api/dependency/schema.js';
import type { GapsAnswer } from '../../api/gaps/schema.js';
import { formatCountry, formatRubCompact, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { layoutChain } from './layout.js';
import { edgeWidthScale, levelCategory, palette } from './scales.js';

export interface ChainCounts { participants: number; outside: number; gaps: number; supply: number; inflow: number }

export interface GapNode { id: string; customer: string; customerName: string; product: string; productName: string; need: number; covered: number; unmet: number; importShare: number | null; countries: string[] }

export interface BuiltChain {
  elements: ElementDefinition[];
  counts: ChainCounts;
  gapNodes: Map<string, GapNode>;
  /** Participants' ids by name, for search. */
  participants: Array<{ id: string; label: string }>;
  products: Array<{ id: string; name: string }>;
}

export const gapNodeId = (customer: string, product: string) => `gap:${customer}:${product}`;

/** One gap node per (customer, product) with unmet need > 0, drawn next to the customer. */
export function gapNodesOf(gaps: GapsAnswer | null, participantIds: Set<string>): GapNode[] {
  if (!gaps) return [];
  return gaps.unmetNeeds.flatMap((n) => n.customers
    .filter((c) => c.unmet > 0 && participantIds.has(c.id))
    .map((c) => ({
      id: gapNodeId(c.id, n.product), customer: c.id, customerName: c.name, product: n.product, productName: n.productName,
      need: c.need, covered: c.covered, unmet: c.unmet, importShare: c.importShare, countries: n.countries,
    })));
}

export function buildChain(chain: ChainAnswer, dep: DependencyAnswer | null, gaps: GapsAnswer | null, hypothetical: Set<string>, lang: Lang): BuiltChain {
  const levels = new Map<string, ParticipantDependency>((dep?.participants ?? []).map((p) => [p.id, p]));
  const participantNodes = chain.nodes.filter((n) => n.data.type === 'participant');
  const outsideNodes = chain.nodes.filter((n) => n.data.type === 'outside');
  const participantIds = new Set(participantNodes.map((n) => n.data.id));
  const gapList = gapNodesOf(gaps, participantIds);
  const layout = layoutChain({
    participants: participantNodes.map((n) => ({ id: n.data.id, stageOrder: n.data.stageOrder, label: n.data.label, added: hypothetical.has(n.data.id) })),
    // Rows are ordered by the saved flows only: a scenario's flow does not shuffle the drawing.
    supplies: chain.edges.filter((e) => e.data.type === 'supply' && !hypothetical.has(e.data.id)).map((e) => e.data),
    outside: outsideNodes.map((n) => ({ id: n.data.id, customers: chain.edges.filter((e) => e.data.source === n.data.id).map((e) => e.data.target) })),
    gaps: gapList,
  });
  const pos = (id: string) => layout.positions.get(id) ?? { x: 0, y: 0 };
  const elements: ElementDefinition[] = [];

  const stageName = new Map(chain.stages.map((s) => [s.order, s.name]));
  layout.columns.forEach((c, i) => elements.push({
    group: 'nodes', data: { id: `header:${i}`, type: 'header', label: c.order === null ? t('chain.noStage') : stageName.get(c.order) ?? String(c.order) },
    position: { x: c.x, y: layout.top }, classes: 'header', selectable: false, grabbable: false,
  }));

  for (const n of participantNodes) {
    const d = levels.get(n.data.id);
    const category = levelCategory(d ?? null);
    const classes = [category, n.data.finalProducer ? 'final' : '', n.data.status === 'potential' ? 'potential' : '', hypothetical.has(n.data.id) ? 'hypothetical' : '']
      .filter(Boolean).join(' ');
    elements.push({ group: 'nodes', data: { ...n.data, category, colour: palette[category], level: d?.level ?? null }, position: pos(n.data.id), classes });
  }
  for (const n of outsideNodes) {
    // The API labels a group by its country code; the members count says how many organizations it stands for.
    const label = t('chain.outsideGroup', { country: n.data.country ? formatCountry(n.data.country, lang) : n.data.label, n: n.data.members });
    elements.push({ group: 'nodes', data: { ...n.data, label }, position: pos(n.data.id), classes: 'outside' });
  }
  for (const g of gapList) {
    elements.push({ group: 'nodes', data: { id: g.id, type: 'gap', label: `${g.productName}: −${formatRubCompact(g.unmet, lang)}`, customer: g.customer, product: g.product, stage: null }, position: pos(g.id), classes: 'gap' });
    elements.push({ group: 'edges', data: { id: `${g.id}:edge`, source: g.id, target: g.customer, type: 'gap', product: g.product, value: g.unmet }, classes: 'gap-edge' });
  }

  const width = edgeWidthScale(Math.max(0, ...chain.edges.map((e) => e.data.value)));
  for (const e of chain.edges) {
    const classes = [e.data.type, hypothetical.has(e.data.id) ? 'hypothetical' : ''].filter(Boolean).join(' ');
    elements.push({ group: 'edges', data: { ...e.data, width: width(e.data.value), valueLabel: formatRubCompact(e.data.value, lang) }, classes });
  }

  const products = new Map<string, string>();
  for (const e of chain.edges) if (e.data.product) products.set(e.data.product, e.data.productName ?? e.data.product);
  for (const g of gapList) products.set(g.product, g.productName);
  return {
    elements,
    counts: {
      participants: participantNodes.length, outside: outsideNodes.length, gaps: gapList.length,
      supply: chain.edges.filter((e) => e.data.type === 'supply').length, inflow: chain.edges.filter((e) => e.data.type === 'inflow').length,
    },
    gapNodes: new Map(gapList.map((g) => [g.id, g])),
    participants: participantNodes.map((n) => ({ id: n.data.id, label: n.data.label })).sort((a, b) => a.label.localeCompare(b.label, 'ru')),
    products: [...products].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'ru')),
  };
}
