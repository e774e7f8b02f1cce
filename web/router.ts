// Client-side routing with the history API: `/` is the registry, `/clusters/<id>` a chain.
// The server answers every non-API path with index.html, so deep links work.
export interface View {
  /** Re-draw every text (after a language switch) from the data already loaded. */
  render(): void;
  dispose(): void;
  /** The address changed within the view's own page (another region of the map): follow it in place. */
  update?(): void;
}

export type Route = { name: 'registry' } | { name: 'chain'; id: string } | { name: 'upload'; id: string }
  | { name: 'regions'; region: string | null } | { name: 'compare' } | { name: 'intercluster' } | { name: 'notFound' };

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { name: 'registry' };
  const m = /^\/clusters\/([^/]+)\/?$/.exec(pathname);
  if (m) return { name: 'chain', id: decodeURIComponent(m[1]!) };
  const u = /^\/clusters\/([^/]+)\/upload\/?$/.exec(pathname);
  if (u) return { name: 'upload', id: decodeURIComponent(u[1]!) };
  const r = /^\/regions(?:\/([^/]+))?\/?$/.exec(pathname);
  if (r) return { name: 'regions', region: r[1] ? decodeURIComponent(r[1]) : null };
  if (/^\/compare\/?$/.test(pathname)) return { name: 'compare' };
  if (/^\/intercluster\/?$/.test(pathname)) return { name: 'intercluster' };
  return { name: 'notFound' };
}

export const chainPath = (id: string) => `/clusters/${encodeURIComponent(id)}`;
/** The questionnaire upload page of a cluster (survey workflow). */
export const uploadPath = (id: string) => `${chainPath(id)}/upload`;
/** The regions map, with a region's panel open when named. */
export const regionPath = (name: string | null) => (name ? `/regions/${encodeURIComponent(name)}` : '/regions');

type Listener = () => void;
const listeners = new Set<Listener>();

export function onNavigate(l: Listener): void {
  listeners.add(l);
}

export function navigate(url: string): void {
  if (url === location.pathname + location.search) return;
  history.pushState(null, '', url);
  for (const l of listeners) l();
}

/** Links marked data-link navigate without reloading the page. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a[data-link]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    navigate(a.getAttribute('href') ?? '/');
  });
  window.addEventListener('popstate', () => { for (const l of listeners) l(); });
}
