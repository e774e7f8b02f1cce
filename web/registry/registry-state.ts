// The registry's search and filters as plain data, kept in the page's query string.
export interface RegistryFilters {
  q: string;
  region: string;
  specialization: string;
  offset: number;
}

export const PAGE_SIZE = 50;

export const noRegistryFilters = (): RegistryFilters => ({ q: '', region: '', specialization: '', offset: 0 });

export function filtersFromSearch(search: string): RegistryFilters {
  const p = new URLSearchParams(search);
  const offset = Number(p.get('offset') ?? 0);
  return {
    q: p.get('q') ?? '',
    region: p.get('region') ?? '',
    specialization: p.get('specialization') ?? '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** Query string of the filters, without empty parts ("" when nothing is set). */
export function searchOf(f: RegistryFilters): string {
  const p = new URLSearchParams();
  if (f.q.trim()) p.set('q', f.q.trim());
  if (f.region) p.set('region', f.region);
  if (f.specialization) p.set('specialization', f.specialization);
  if (f.offset > 0) p.set('offset', String(f.offset));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A changed search or filter starts again from the first page. */
export function withFilter(f: RegistryFilters, change: Partial<Omit<RegistryFilters, 'offset'>>): RegistryFilters {
  return { ...f, ...change, offset: 0 };
}

export function page(f: RegistryFilters, direction: 1 | -1, total: number): RegistryFilters {
  const offset = Math.min(Math.max(0, f.offset + direction * PAGE_SIZE), Math.max(0, total - 1));
  return { ...f, offset: offset - (offset % PAGE_SIZE) };
}
