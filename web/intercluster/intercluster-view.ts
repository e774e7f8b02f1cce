// The between-clusters graph at /intercluster: clusters whose participants supply participants of
// other clusters, edge width by ₽; a click on a cluster opens its chain. The pairs are listed beside
// the drawing too, so every figure can be read without hovering.
import cytoscape, { type Core } from 'cytoscape';
import { insightApi, settle, type InterclusterAnswer, type Loaded } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCount, formatRub, formatRubCompact, formatYear } from '../format.js';
import { getLang, t } from '../i18n.js';
import { chainPath, navigate, type View } from '../router.js';
import { interclusterElements, rankedEdges } from './elements.js';

declare global {
  interface Window { __interclusterCy?: unknown }
}

export function interclusterView(root: HTMLElement): View {
  let answer: Loaded<InterclusterAnswer> | null = null;
  let cy: Core | null = null;
  let disposed = false;
  const canvasEl = h('div', { class: 'canvas', 'data-testid': 'intercluster-canvas', role: 'img' });
  const listEl = h('aside', { class: 'side intercluster-list' });
  const headEl = h('header', { class: 'chain-header' });

  function draw(a: InterclusterAnswer): void {
    const { elements } = interclusterElements(a, (v) => formatRubCompact(v, getLang()));
    cy?.destroy();
    cy = cytoscape({
      container: canvasEl, elements, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false,
      style: [
        { selector: 'node', style: {
          label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#6baed6', 'border-width': 1, 'border-color': '#08519c',
          'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': '150px', 'text-valign': 'bottom', 'text-margin-y': 4,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': '1px',
        } },
        { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#102a43' } },
        { selector: 'edge', style: {
          width: 'data(width)', 'line-color': '#7b8794', 'target-arrow-color': '#7b8794', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.8,
          label: 'data(label)', 'font-size': 10, color: '#334e68', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-rotation': 'autorotate',
        } },
      ],
      // On a circle, busiest (₽ in and out) first: every edge is a chord, so none passes behind a third
      // cluster and reads as a chain through it; deterministic, unlike force layouts.
      layout: { name: 'circle', sort: (x: cytoscape.NodeSingular, y: cytoscape.NodeSingular) => (y.data('weight') as number) - (x.data('weight') as number), padding: 60, animate: false },
    });
    // A handful of clusters would be blown up to fill the canvas: no closer than life size.
    if (cy.zoom() > 1) { cy.zoom(1); cy.center(); }
    cy.on('tap', 'node', (e) => navigate(chainPath(e.target.id() as string)));
    cy.on('mouseover', 'node', () => { canvasEl.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', () => { canvasEl.style.cursor = ''; });
    window.__interclusterCy = cy;
  }

  function renderList(): void {
    const lang = getLang();
    if (!answer?.ok) { clear(listEl); return; }
    const names = new Map(answer.value.nodes.map((n) => [n.data.id, n.data.name]));
    const link = (id: string) => h('a', { href: chainPath(id), 'data-link': true }, names.get(id) ?? id);
    const rows = rankedEdges(answer.value).map((e) => h('tr', { 'data-edge': e.id },
      h('td', {}, link(e.source)), h('td', {}, link(e.target)),
      h('td', { class: 'num', title: formatRub(e.value, lang) }, formatRubCompact(e.value, lang)), h('td', { class: 'num' }, formatCount(e.flows, lang))));
    clear(listEl, h('div', { class: 'panel' },
      h('table', { class: 'table compact', 'data-testid': 'intercluster-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t('intercluster.from')), h('th', {}, t('intercluster.to')), h('th', { class: 'num' }, t('field.value')), h('th', { class: 'num' }, t('intercluster.flows')))),
        h('tbody', {}, rows))));
  }

  function render(): void {
    const lang = getLang();
    const a = answer?.ok ? answer.value : null;
    clear(headEl, h('h1', {}, t('intercluster.title')),
      h('p', { class: 'muted' }, a ? t('intercluster.summary', { y: formatYear(a.year, lang), clusters: formatCount(a.nodes.length, lang), pairs: formatCount(a.edges.length, lang) }) : ''),
      h('p', { class: 'muted small' }, t('intercluster.hint')));
    if (!root.contains(headEl)) {
      clear(root, h('section', { class: 'chain-page' }, headEl,
        h('div', { class: 'chain-main' }, h('div', { class: 'canvas-wrap' }, canvasEl,
          h('div', { class: 'canvas-message', 'data-testid': 'intercluster-message' })), listEl)));
    }
    const message = root.querySelector<HTMLElement>('[data-testid="intercluster-message"]')!;
    message.textContent = !answer ? t('app.loading') : !answer.ok ? t('app.error', { msg: answer.error.message }) : !answer.value.edges.length ? t('intercluster.empty') : '';
    message.hidden = !message.textContent;
    renderList();
    cy?.edges().forEach((e) => { e.data('label', formatRubCompact(e.data('value') as number, lang)); });
  }

  async function load(): Promise<void> {
    render();
    answer = await settle(insightApi.intercluster());
    if (disposed) return;
    render();
    if (answer.ok && answer.value.nodes.length) draw(answer.value);
  }

  void load();
  return { render, dispose: () => { disposed = true; cy?.destroy(); if (window.__interclusterCy === cy) delete window.__interclusterCy; } };
}
