// Which clusters the comparison page shows: the ids in `?clusters=a,b,c`, in the order picked.
// The API compares 2 to 10 clusters; the page keeps at most 10 and asks for a second one.
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 10;

/** The cluster ids of a query string, trimmed, without blanks or repeats, at most MAX_COMPARED. */
export function comparedFromSearch(search: string): string[] {
  const raw = new URLSearchParams(search).get('clusters') ?? '';
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, MAX_COMPARED);
}

/** `/compare?clusters=a,b` — commas stay readable, each id is encoded. */
export function comparePath(ids: readonly string[]): string {
  return ids.length ? `/compare?clusters=${ids.map(encodeURIComponent).join(',')}` : '/compare';
}

/** Adds the id at the end, or removes it when it is there; a full list takes no more. */
export function toggleCompared(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  return ids.length >= MAX_COMPARED ? [...ids] : [...ids, id];
}

export const canCompare = (ids: readonly string[]) => ids.length >= MIN_COMPARED && ids.length <= MAX_COMPARED;

// The registry's «Сравнить» checkboxes survive paging and searching for the length of the visit.
const KEY = 'cluster-explorer.compare';

export function storedSelection(): string[] {
  try {
    const v: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, MAX_COMPARED) : [];
  } catch {
    return [];
  }
}

export function storeSelection(ids: readonly string[]): void {
  try { globalThis.sessionStorage?.setItem(KEY, JSON.stringify(ids)); } catch { /* not remembered */ }
}
