import { describe, expect, it } from 'vitest';
import { hiddenIds, isFiltered, noFilters, toggleStage, type FilterEdge, type FilterNode } from './filters.js';

const nodes: FilterNode[] = [
  { id: 'alumar', type: 'participant', stage: 'components' },
  { id: 'aeroball', type: 'participant', stage: 'cans' },
  { id: 'arnest', type: 'participant', stage: 'final' },
  { id: 'college', type: 'participant', stage: null },
  { id: 'outside:CN', type: 'outside', stage: null },
  { id: 'gap:aeroball:al-slug', type: 'gap', stage: null, customer: 'aeroball', product: 'al-slug' },
];
const edges: FilterEdge[] = [
  { id: 's1', source: 'alumar', target: 'aeroball', type: 'supply', product: 'al-slug', value: 105e6 },
  { id: 's2', source: 'aeroball', target: 'arnest', type: 'supply', product: 'al-can', value: 1.9e9 },
  { id: 'i1', source: 'outside:CN', target: 'aeroball', type: 'inflow', product: 'al-slug', value: 50e6 },
  { id: 'g1', source: 'gap:aeroball:al-slug', target: 'aeroball', type: 'gap', product: 'al-slug', value: 945e6 },
];
const stages = ['components', 'cans', 'final', ''];

describe('chain filters', () => {
  it('hide nothing by default', () => {
    expect(hiddenIds(nodes, edges, noFilters()).size).toBe(0);
    expect(isFiltered(noFilters())).toBe(false);
  });

  it('by stage hide the stage’s participants, their gap nodes and their flows', () => {
    const f = toggleStage(noFilters(), 'cans', stages);
    expect(f.stages).toEqual(['components', 'final', '']);
    const hidden = hiddenIds(nodes, edges, f);
    expect([...hidden].sort()).toEqual(['aeroball', 'g1', 'gap:aeroball:al-slug', 'i1', 's1', 's2']);
  });

  it('by stage treat participants without a stage as the stage ""', () => {
    const hidden = hiddenIds(nodes, edges, toggleStage(noFilters(), '', stages));
    expect(hidden.has('college')).toBe(true);
    expect(hidden.has('alumar')).toBe(false);
  });

  it('turn back to "all stages" when every stage is selected again', () => {
    const f = toggleStage(toggleStage(noFilters(), 'cans', stages), 'cans', stages);
    expect(f.stages).toBeNull();
  });

  it('by minimum flow hide smaller flows, and outside groups left without a flow', () => {
    const hidden = hiddenIds(nodes, edges, { ...noFilters(), minFlow: 100e6 });
    expect(hidden.has('i1')).toBe(true);
    expect(hidden.has('outside:CN')).toBe(true);
    expect(hidden.has('s1')).toBe(false);
    expect(hidden.has('g1')).toBe(false);
  });

  it('by product keep only that product’s flows and gap nodes', () => {
    const hidden = hiddenIds(nodes, edges, { ...noFilters(), product: 'al-can' });
    expect(hidden.has('s1')).toBe(true);
    expect(hidden.has('s2')).toBe(false);
    expect(hidden.has('gap:aeroball:al-slug')).toBe(true);
    expect(hidden.has('outside:CN')).toBe(true);
  });

  it('collapse outside suppliers with their flows', () => {
    const hidden = hiddenIds(nodes, edges, { ...noFilters(), showOutside: false });
    expect(hidden.has('outside:CN')).toBe(true);
    expect(hidden.has('i1')).toBe(true);
    expect(hidden.has('aeroball')).toBe(false);
  });
});
