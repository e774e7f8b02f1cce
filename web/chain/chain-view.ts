// The chain page at /clusters/<id>: loads the answers, draws the chain, wires toolbar, panels and
// scenario mode together. State lives in chain-state.ts; drawing in canvas.ts; panels in ../panels.
import { api, insightApi, settle, surveyLinks, type ChainAnswer, type Loaded, type SourcingAnswer } from '../api-client.js';
import { clear, h } from '../dom.js';
import { getLang, t } from '../i18n.js';
import { getEdition, setEdition } from '../prefs.js';
import type { View } from '../router.js';
import { nichesCsv, participantsCsv } from '../panels/csv.js';
import { renderCompliance } from '../panels/compliance.js';
import { renderDetails } from '../panels/details.js';
import { illustrativeTag } from '../panels/illustrative.js';
import { renderNiches } from '../panels/niches.js';
import { clusterNames } from '../compare/cluster-names.js';
import { yearControl } from '../panels/history.js';
import { renderParticipants } from '../panels/participants.js';
import { renderScenario } from '../panels/scenario.js';
import { surveyTab } from '../panels/survey.js';
import { addEntry, changesOf, hypotheticalId, removeEntry, resetScenario, setActive } from '../panels/scenario-state.js';
import { ChainCanvas, type Selected } from './canvas.js';
import { initialState, scenarioApplies, shownAnswers, tabs, value, type ChainState, type Tab } from './chain-state.js';
import { buildChain, gapNodeId, type BuiltChain } from './elements.js';
import { exportCsv, exportJson, exportPng, exportSvg, type ChainBundle } from './exports.js';
import { hiddenIds } from './filters.js';
import { renderHeader } from './header.js';
import { renderLegend } from './legend.js';
import { overlayChanges } from './overlay.js';
import { chainPageParts } from './page-parts.js';
import { detailsOf } from './selection.js';
import { renderToolbar, type ExportKind } from './toolbar.js';

declare global {
  interface Window {
    __cy?: unknown;
    /** For test/browser/bench-layout.ts: the last drawing; firstDrawnAt is the first one of this page. */
    __chainTimings?: { layoutMs: number; renderMs: number; nodes: number; edges: number; drawnAt: number; firstDrawnAt: number; gaps: 'pending' | 'in' | 'failed' };
  }
}

export function chainView(root: HTMLElement, id: string): View {
  const s: ChainState = initialState(id, getEdition());
  let canvas: ChainCanvas | null = null;
  let built: BuiltChain | null = null;
  let shown: ChainAnswer | null = null;
  let disposed = false;
  let scenarioSeq = 0;
  const survey = surveyTab(id, () => { if (!disposed && s.tab === 'survey') renderPanel(); });
  // Who could supply each niche, and the names of the clusters those suppliers belong to.
  let sourcing: Loaded<SourcingAnswer> | null = null;
  let names = new Map<string, string>();
  // The year shown (null: the server's default, the latest); the slider appears when there are several.
  let year: number | null = null;
  let answersSeq = 0;
  const { headerEl, historyEl, toolbarEl, canvasEl, messageEl, legendEl, countsEl, tabsEl, panelEl, page } = chainPageParts();
  const years = yearControl(historyEl, () => settle(insightApi.history(id)), getLang, (y) => { year = y; years.render(y); void loadAnswers(); });

  const profile = () => value(s.profile);
  const stageNames = () => new Map((profile()?.stages ?? []).map((x) => [x.id, x.name]));
  const stageOrder = () => new Map((profile()?.stages ?? []).map((x) => [x.id, x.order]));
  const tag = () => illustrativeTag(profile()?.source);

  function rebuildChain(fit = false): void {
    if (!s.chain?.ok || disposed) return;
    const lang = getLang();
    const answers = shownAnswers(s);
    const fromServer = scenarioApplies(s) ? s.scenarioAnswer?.chain : undefined;
    const { chain, hypothetical } = fromServer ? { chain: fromServer, hypothetical: new Set<string>() }
      : overlayChanges(s.chain.value, scenarioApplies(s) ? changesOf(s.scenario) : []);
    shown = chain;
    const t0 = performance.now();
    built = buildChain(chain, value(answers.dependency), value(answers.gaps), hypothetical, lang);
    const t1 = performance.now();
    if (!canvas) {
      canvas = new ChainCanvas(canvasEl, built.elements.length, select);
      canvas.onOverview = () => renderLegendNow();
      window.__cy = canvas.cy;
    }
    canvas.setElements(built.elements, fit);
    applyFilters();
    applyNiche();
    const t2 = performance.now();
    const gapsState = !s.base.gaps ? 'pending' : s.base.gaps.ok ? 'in' : 'failed';
    window.__chainTimings = { layoutMs: t1 - t0, renderMs: t2 - t1, drawnAt: t2, firstDrawnAt: window.__chainTimings?.firstDrawnAt ?? t2, gaps: gapsState, nodes: built.elements.filter((e) => e.group === 'nodes').length, edges: built.elements.filter((e) => e.group === 'edges').length };
    Object.assign(countsEl.dataset, Object.fromEntries(Object.entries(built.counts).map(([k, v]) => [k, String(v)])), { layoutMs: (t1 - t0).toFixed(1) });
    renderToolbarNow();
  }

  function applyFilters(): void {
    if (!canvas || !built) return;
    const nodes = built.elements.filter((e) => e.group === 'nodes').map((e) => e.data as { id: string; type: string; stage: string | null; customer?: string; product?: string | null });
    const edges = built.elements.filter((e) => e.group === 'edges').map((e) => e.data as { id: string; source: string; target: string; type: string; product: string | null; value: number });
    canvas.applyHidden(hiddenIds(nodes, edges, s.filters));
  }

  function applyNiche(): void {
    if (!canvas) return;
    const need = value(shownAnswers(s).gaps)?.unmetNeeds.find((n) => n.product === s.niche);
    if (!need) { canvas.highlight(null); return; }
    const ids = new Set<string>();
    for (const c of need.customers) { ids.add(c.id); ids.add(gapNodeId(c.id, need.product)); }
    canvas.highlight(ids);
  }

  function select(sel: Selected): void {
    s.selected = sel;
    if (sel) s.tab = 'details';
    renderTabs();
  }

  function pick(participant: string): void {
    canvas?.focus(participant);
    select({ group: 'nodes', id: participant });
  }

  async function onExport(kind: ExportKind): Promise<void> {
    const p = profile();
    if (kind === 'json' && p) {
      const bundle: ChainBundle = { profile: p, chain: shown, dependency: value(shownAnswers(s).dependency), gaps: value(shownAnswers(s).gaps) };
      await exportJson(id, bundle);
    }
    if (!canvas) return;
    if (kind === 'png') await exportPng(canvas, id);
    if (kind === 'svg') exportSvg(canvas, id);
  }

  function renderLegendNow(): void {
    renderLegend(legendEl, getLang(), canvas?.inOverview ? canvas.overviewEdges : null);
  }

  function renderToolbarNow(): void {
    const p = profile();
    if (!p || !built) { clear(toolbarEl); return; }
    renderToolbar(toolbarEl, {
      participants: built.participants, stages: p.stages, products: built.products, filters: s.filters, lang: getLang(),
      onFind: pick, onFit: () => canvas?.fit(),
      onFilters: (f) => { s.filters = f; applyFilters(); renderToolbarNow(); },
      onExport: (k) => void onExport(k),
    });
  }

  function renderPanel(): void {
    const lang = getLang();
    const answers = shownAnswers(s);
    const p = profile();
    if (!p) { clear(panelEl); return; }
    switch (s.tab) {
      case 'details':
        renderDetails(panelEl, canvas ? detailsOf(canvas.cy, s.selected, built, value(answers.dependency), stageNames()) : { kind: 'none' }, lang, tag(), id);
        break;
      case 'compliance':
        renderCompliance(panelEl, { compliance: answers.compliance, edition: s.edition, lang, onPick: pick,
          onEdition: (e) => { s.edition = e; setEdition(e); void loadCompliance(); if (scenarioApplies(s)) void runScenario(); } });
        break;
      case 'participants':
        renderParticipants(panelEl, { dependency: answers.dependency, stageNames: stageNames(), stageOrder: stageOrder(), sort: s.sort, lang, tag: tag(),
          questionnaireUrl: (org) => surveyLinks.questionnaire(id, org),
          onSort: (sort) => { s.sort = sort; renderPanel(); }, onPick: pick,
          onCsv: () => { const d = value(answers.dependency); if (d) exportCsv(participantsCsv(d, p.participants, stageNames(), lang), `${id}-participants.csv`); } });
        break;
      case 'niches':
        renderNiches(panelEl, { gaps: answers.gaps, selected: s.niche, lang, tag: tag(), sourcing, clusterNames: names,
          onPick: (product) => { s.niche = product; applyNiche(); renderPanel(); },
          onCsv: () => { const g = value(answers.gaps); if (g) exportCsv(nichesCsv(g, lang), `${id}-niches.csv`); } });
        break;
      case 'scenario': renderScenarioPanel(); break;
      case 'survey': survey.render(panelEl, lang, tag()); break;
    }
  }

  function renderScenarioPanel(): void {
    const p = profile();
    if (!p) return;
    const names = new Map((built?.participants ?? []).map((x) => [x.id, x.label]));
    for (const n of s.chain?.ok ? s.chain.value.nodes : []) if (!names.has(n.data.id)) names.set(n.data.id, n.data.label);
    const update = (next: typeof s.scenario, recompute = true) => { s.scenario = next; if (recompute) void runScenario(); else { rebuildChain(); renderAll(false); } };
    renderScenario(panelEl, {
      state: s.scenario, lang: getLang(), names, busy: s.scenarioBusy, error: s.scenarioError,
      participants: (built?.participants ?? []).map((x) => ({ id: x.id, name: x.label })),
      stages: p.stages.map((x) => ({ id: x.id, name: x.name })),
      products: (built?.products ?? []),
      flows: (shown?.edges ?? []).filter((e) => e.data.type === 'supply').map((e) => ({ from: e.data.source, to: e.data.target, product: e.data.product, productName: e.data.productName, value: e.data.value })),
      newId: () => hypotheticalId(p.participants.map((x) => x.id), s.scenario),
      onToggle: (active) => update(setActive(s.scenario, active)),
      onAdd: (kind, changes) => update(addEntry(s.scenario, kind, changes)),
      onRemove: (key) => update(removeEntry(s.scenario, key)),
      onReset: () => update(resetScenario(s.scenario)),
    });
  }

  function renderTabs(): void {
    clear(tabsEl, tabs.map((tab: Tab) => h('button', {
      type: 'button', role: 'tab', 'aria-selected': String(s.tab === tab), 'data-testid': `tab-${tab}`, class: s.tab === tab ? 'active' : '',
      onclick: () => { s.tab = tab; renderTabs(); },
    }, t(`tab.${tab}`))));
    renderPanel();
  }

  async function runScenario(): Promise<void> {
    const seq = ++scenarioSeq;
    if (!scenarioApplies(s)) {
      s.scenarioAnswer = null; s.scenarioError = null; s.scenarioBusy = false;
      rebuildChain(); renderAll(false);
      return;
    }
    s.scenarioBusy = true; s.scenarioError = null;
    rebuildChain(); renderTabs();
    const year = value(s.base.dependency)?.cluster.year ?? undefined;
    const r = await settle(api.scenario(id, { changes: changesOf(s.scenario), edition: s.edition, ...(year ? { year } : {}) }));
    if (seq !== scenarioSeq || disposed) return;
    s.scenarioBusy = false;
    s.scenarioAnswer = r.ok ? r.value : null;
    s.scenarioError = r.ok ? null : t('scenario.error', { msg: r.error.message });
    rebuildChain(); renderAll(false);
  }

  async function loadSourcing(): Promise<void> {
    sourcing = null;
    const asked = year;
    const [r, n] = await Promise.all([settle(insightApi.sourcing(id, year)), clusterNames()]);
    if (disposed || asked !== year) return;
    sourcing = r;
    names = n;
    if (s.tab === 'niches') renderPanel();
  }

  async function loadCompliance(): Promise<void> {
    s.base.compliance = null;
    renderTabs();
    const edition = s.edition;
    const asked = year;
    const r = await settle(api.compliance(id, edition, year));
    if (disposed || edition !== s.edition || asked !== year) return;
    s.base.compliance = r;
    renderTabs();
  }

  function renderAll(chainToo = true): void {
    const lang = getLang();
    const p = profile();
    if (!s.profile) { clear(root, h('p', { class: 'muted' }, t('app.loading'))); return; }
    if (!s.profile.ok || !p) { clear(root, h('p', { class: 'error' }, t('app.error', { msg: s.profile.ok ? '' : s.profile.error.message })), h('a', { href: '/', 'data-link': true }, t('chain.back'))); return; }
    renderHeader(headerEl, p, shownAnswers(s).dependency, scenarioApplies(s) ? s.scenario.entries.length : 0, lang);
    years.render(year);
    renderLegendNow();
    canvasEl.setAttribute('aria-label', t('chain.canvas'));
    clear(messageEl, !p.participants.length ? t('chain.noParticipants') : s.chain && !s.chain.ok ? t('chain.unavailable', { msg: s.chain.error.message }) : !s.chain ? t('app.loading') : '');
    messageEl.hidden = !messageEl.textContent;
    legendEl.hidden = !p.participants.length;
    if (!root.contains(page)) clear(root, page);
    if (chainToo) rebuildChain();
    renderToolbarNow();
    renderTabs();
  }

  async function load(): Promise<void> {
    renderAll();
    s.profile = await settle(api.profile(id));
    if (disposed) return;
    renderAll();
    const p = value(s.profile);
    if (!p) return;
    if (!p.participants.length) s.tab = 'compliance'; // nothing to draw: the requirements still say why
    await loadAnswers();
  }

  /** The chain and the panels' answers for the year shown (again when the year slider moves). */
  async function loadAnswers(): Promise<void> {
    const mine = ++answersSeq;
    const p = value(s.profile);
    if (!p) return;
    void loadCompliance();
    if (!p.participants.length) return;
    if (s.chain) { s.chain = null; s.base.dependency = null; s.base.gaps = null; renderAll(false); }
    // The chain is drawn once it and the levels are in; gap nodes join when the gaps answer comes
    // (on a big cluster it is the slowest of the three).
    const gaps = settle(api.gaps(id, year));
    const [chain, dependency] = await Promise.all([settle(api.chain(id, year)), settle(api.dependency(id, year))]);
    if (disposed || mine !== answersSeq) return;
    Object.assign(s, { chain });
    Object.assign(s.base, { dependency });
    renderAll(false);
    rebuildChain(true);
    renderTabs();
    s.base.gaps = await gaps;
    if (disposed || mine !== answersSeq) return;
    // Sourcing and the years only after the chain's own answers: they are the slowest, and optional.
    void loadSourcing();
    years.start();
    if (mine > 1 && scenarioApplies(s)) void runScenario(); // a scenario follows the year picked
    if (!scenarioApplies(s)) rebuildChain();
    renderTabs();
  }

  void load();
  return {
    render: () => renderAll(),
    dispose: () => { disposed = true; canvas?.destroy(); if (window.__cy === canvas?.cy) { delete window.__cy; delete window.__chainTimings; } },
  };
}
