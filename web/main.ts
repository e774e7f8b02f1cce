// Entry point: the top bar with the language switch, and the view for the current path.
import { h, clear } from './dom.js';
import { getLang, onLangChange, setLang, t } from './i18n.js';
import { registryView } from './registry/registry-view.js';
import { chainView } from './chain/chain-view.js';
import { uploadView } from './upload/upload-view.js';
import { regionsView } from './regions/regions-view.js';
import { compareView } from './compare/compare-view.js';
import { interclusterView } from './intercluster/intercluster-view.js';
import { interceptLinks, onNavigate, parseRoute, type View } from './router.js';
import type { Lang } from './format.js';

const app = document.getElementById('app')!;
const bar = h('header', { class: 'topbar' });
const main = h('main', { id: 'view' });
app.replaceChildren(bar, main);
document.documentElement.lang = getLang();

let view: View | null = null;
let routeKey = '';

function renderBar(): void {
  const lang = getLang();
  const button = (l: Lang, label: string) => h('button', {
    type: 'button', 'data-testid': `lang-${l}`, 'aria-pressed': String(lang === l), class: lang === l ? 'active' : '', onclick: () => setLang(l),
  }, label);
  clear(bar,
    h('a', { href: '/', 'data-link': true, class: 'brand' }, h('strong', {}, t('app.title')), h('span', { class: 'muted' }, ` ${t('app.subtitle')}`)),
    h('nav', { class: 'nav' }, (['regions', 'compare', 'intercluster'] as const).map((p) => h('a', { href: `/${p}`, 'data-link': true, 'data-testid': `nav-${p}` }, t(`nav.${p}`)))),
    h('div', { class: 'lang', role: 'group', 'aria-label': t('app.lang') }, button('ru', 'RU'), button('en', 'EN')));
  document.title = t('app.title');
}

function route(): void {
  const r = parseRoute(location.pathname);
  const key = r.name === 'chain' || r.name === 'upload' ? `${r.name}:${r.id}` : r.name;
  // A chain page stays as it is when only the query changes; the registry always reads its query afresh.
  if (r.name === 'chain' && key === routeKey && view) return;
  // The regions map follows /regions/<name> in place (the map is not drawn again).
  if (key === routeKey && view?.update) { view.update(); return; }
  routeKey = key;
  view?.dispose();
  view = null;
  clear(main);
  if (r.name === 'registry') view = registryView(main);
  else if (r.name === 'chain') view = chainView(main, r.id);
  else if (r.name === 'upload') view = uploadView(main, r.id);
  else if (r.name === 'regions') view = regionsView(main);
  else if (r.name === 'compare') view = compareView(main);
  else if (r.name === 'intercluster') view = interclusterView(main);
  else clear(main, h('p', {}, t('app.notFound')), h('a', { href: '/', 'data-link': true }, t('chain.back')));
  window.scrollTo(0, 0);
}

onLangChange(() => { renderBar(); view?.render(); });
interceptLinks(document.body);
onNavigate(route);
renderBar();
route();
