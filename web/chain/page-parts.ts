// The chain page's fixed parts, made once per page: header with the year control, toolbar, canvas
// with its message, legend and counts, and the side panel's tabs. chain-view.ts fills them.
import { h } from '../dom.js';

export function chainPageParts() {
  const parts = {
    headerEl: h('header', { class: 'chain-header' }),
    historyEl: h('div', { class: 'history', 'data-testid': 'history', hidden: true }),
    toolbarEl: h('div', { class: 'toolbar', role: 'toolbar' }),
    canvasEl: h('div', { class: 'canvas', role: 'application', 'data-testid': 'chain-canvas' }),
    messageEl: h('div', { class: 'canvas-message', 'data-testid': 'chain-message' }),
    legendEl: h('div', { class: 'legend', 'data-testid': 'legend' }),
    countsEl: h('div', { hidden: true, 'data-testid': 'chain-counts' }),
    tabsEl: h('div', { class: 'tabs', role: 'tablist' }),
    panelEl: h('div', { class: 'panel', role: 'tabpanel', 'data-testid': 'panel' }),
  };
  const { headerEl, historyEl, toolbarEl, canvasEl, messageEl, legendEl, countsEl, tabsEl, panelEl } = parts;
  const page = h('section', { class: 'chain-page' }, h('div', { class: 'chain-top' }, headerEl, historyEl), toolbarEl,
    h('div', { class: 'chain-main' }, h('div', { class: 'canvas-wrap' }, canvasEl, messageEl, legendEl, countsEl), h('aside', { class: 'side' }, tabsEl, panelEl)));
  return { ...parts, page };
}
