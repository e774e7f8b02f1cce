import { describe, expect, it } from 'vitest';
import { filtersFromSearch, noRegistryFilters, page, PAGE_SIZE, searchOf, withFilter } from './registry-state.js';

describe('registry filters', () => {
  it('survive a round trip through the query string', () => {
    const f = { q: 'аэрозоль', region: 'Тульская область', specialization: '', offset: 50 };
    expect(filtersFromSearch(searchOf(f))).toEqual(f);
    expect(searchOf(noRegistryFilters())).toBe('');
  });

  it('start again from the first page when the search or a filter changes', () => {
    const f = { ...noRegistryFilters(), offset: 100 };
    expect(withFilter(f, { q: 'кластер' })).toEqual({ ...noRegistryFilters(), q: 'кластер', offset: 0 });
  });

  it('page forward and back within the total', () => {
    let f = noRegistryFilters();
    f = page(f, 1, 105);
    expect(f.offset).toBe(PAGE_SIZE);
    f = page(page(f, 1, 105), 1, 105);
    expect(f.offset).toBe(100);
    expect(page(noRegistryFilters(), -1, 105).offset).toBe(0);
  });

  it('ignore a nonsense offset', () => {
    expect(filtersFromSearch('?offset=-3').offset).toBe(0);
    expect(filtersFromSearch('?offset=abc').offset).toBe(0);
  });
});
