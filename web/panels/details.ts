// The details panel: what the selected node or edge is, with every figure the API gave for it.
import type { ParticipantDependency } from '../../api/dependency/schema.js';
import { explain } from '../explanations.js';
import { surveyLinks } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCountry, formatRub, formatShare, na, type Lang } from '../format.js';
import { t, type StringKey } from '../i18n.js';
import type { GapNode } from '../chain/elements.js';
import { levelCategory, palette } from '../chain/scales.js';
import { statusBadge } from '../registry/compliance-badge.js';

export interface NodeFacts {
  id: string; label: string; type: string; stage: string | null; kind: string | null; status: string | null;
  finalProducer?: boolean; country: string | null; region: string | null; inn: string | null; members?: number;
}
export interface FlowFacts { id: string; source: string; target: string; type: string; productName: string | null; product: string | null; value: number }

export type DetailsInput =
  | { kind: 'none' }
  | { kind: 'participant'; node: NodeFacts; dependency: ParticipantDependency | null; stageName: string | null }
  | { kind: 'outside'; node: NodeFacts; flows: Array<FlowFacts & { targetName: string }> }
  | { kind: 'gap'; gap: GapNode }
  | { kind: 'flow'; flow: FlowFacts; sourceName: string; targetName: string };

type Row = [StringKey, Node | string];

function list(rows: Row[]): HTMLDListElement {
  return h('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));
}

function testCell(d: ParticipantDependency | null): Node | string {
  if (!d) return t('status.unknown');
  if (d.exempt) return d.exemptReason ? t(`exempt.${d.exemptReason}`) : t('participants.exempt');
  return statusBadge(d.pass === null ? 'unknown' : d.pass ? 'pass' : 'fail');
}

function participantRows(node: NodeFacts, d: ParticipantDependency | null, stageName: string | null, lang: Lang): Row[] {
  const rows: Row[] = [
    ['field.inn', node.inn ?? na(lang)], ['field.region', node.region ?? na(lang)],
    ['field.kind', node.kind ? t(`kind.${node.kind}` as StringKey) : na(lang)],
    ['field.status', node.status ? t(`member.${node.status}` as StringKey) : na(lang)],
    ['field.stage', stageName ?? t('chain.noStage')], ['field.finalProducer', t(node.finalProducer ? 'yes' : 'no')],
  ];
  if (d) {
    rows.push(
      ['field.output', formatRub(d.output, lang)], ['field.purchases', formatRub(d.purchases, lang)],
      ['field.in', formatRub(d.in, lang)], ['field.out', formatRub(d.out, lang)],
      ['field.inShare', formatShare(d.inShare, lang)], ['field.outShare', formatShare(d.outShare, lang)],
      ['field.level', formatShare(d.level, lang)], ['field.test', testCell(d)],
    );
    if (d.fix) rows.push(['field.fix', t(d.fix.via === 'purchases' ? 'fix.purchases' : 'fix.sales', { v: formatRub(d.fix.value, lang) })]);
    if (d.notExemptReason) rows.push(['field.reason', explain(d.notExemptReason, lang)]);
    if (d.reason) rows.push(['field.reason', explain(d.reason, lang)]);
  }
  return rows;
}

export function renderDetails(el: HTMLElement, input: DetailsInput, lang: Lang, tag: HTMLElement | null, clusterId?: string): void {
  switch (input.kind) {
    case 'none':
      clear(el, h('p', { class: 'muted' }, t('details.empty')));
      return;
    case 'participant': {
      const category = levelCategory(input.dependency);
      clear(el, h('h3', {}, h('span', { class: 'swatch', style: `background:${palette[category]}` }), input.node.label), tag,
        list(participantRows(input.node, input.dependency, input.stageName, lang)),
        clusterId ? h('p', {}, h('a', { href: surveyLinks.questionnaire(clusterId, input.node.id), download: '', class: 'button', 'data-testid': 'details-questionnaire' },
          t('survey.questionnaireOf', { name: input.node.label }))) : null);
      return;
    }
    case 'outside':
      clear(el, h('h3', {}, input.node.label), h('p', { class: 'muted' }, t('details.outside')), tag,
        list([['field.country', formatCountry(input.node.country, lang)], ['field.members', String(input.node.members ?? 1)]]),
        h('h4', {}, t('field.inflow')),
        h('ul', { class: 'flows' }, input.flows.map((f) => h('li', {}, `${f.targetName}${f.productName ? ` — ${f.productName}` : ''}: ${formatRub(f.value, lang)}`))));
      return;
    case 'gap': {
      const g = input.gap;
      clear(el, h('h3', {}, t('details.gap')), tag, list([
        ['field.product', g.productName], ['field.customer', g.customerName], ['field.need', formatRub(g.need, lang)],
        ['field.covered', formatRub(g.covered, lang)], ['field.unmet', formatRub(g.unmet, lang)],
        ['field.importShare', formatShare(g.importShare, lang)], ['field.countries', g.countries.map((c) => formatCountry(c, lang)).join(', ') || na(lang)],
      ]));
      return;
    }
    case 'flow': {
      const f = input.flow;
      clear(el, h('h3', {}, t('details.flow')), tag, list([
        ['field.from', input.sourceName], ['field.to', input.targetName], ['field.product', f.productName ?? f.product ?? na(lang)],
        ['field.value', formatRub(f.value, lang)],
      ]));
      return;
    }
  }
}

