import { describe, expect, it } from 'vitest';
import type { InterclusterAnswer } from '../api-client.js';
import { MAX_EDGE_WIDTH, MIN_EDGE_WIDTH } from '../chain/scales.js';
import { interclusterElements, MAX_NODE, MIN_NODE, rankedEdges } from './elements.js';

const answer: InterclusterAnswer = {
  year: 2024,
  nodes: [{ data: { id: 'aerosol', name: 'Аэрозольный', participants: 25 } }, { data: { id: 'kemz', name: 'КЭМЗ', participants: 4 } }, { data: { id: 'kolomna', name: 'Коломна', participants: 0 } }],
  edges: [
    { data: { id: 'kemz->aerosol', source: 'kemz', target: 'aerosol', value: 4e8, flows: 2 } },
    { data: { id: 'aerosol->kolomna', source: 'aerosol', target: 'kolomna', value: 1e8, flows: 1 } },
    { data: { id: 'kolomna->kemz', source: 'kolomna', target: 'kemz', value: 0, flows: 1 } },
  ],
};

describe('the between-clusters graph', () => {
  it('draws the largest flow widest and a 0 ₽ flow thinnest, on a square-root scale', () => {
    const { elements, maxValue } = interclusterElements(answer);
    const width = (id: string) => elements.find((e) => e.data.id === id)!.data.width as number;
    expect(maxValue).toBe(4e8);
    expect(width('kemz->aerosol')).toBe(MAX_EDGE_WIDTH);
    expect(width('kolomna->kemz')).toBe(MIN_EDGE_WIDTH);
    expect(width('aerosol->kolomna')).toBeCloseTo(MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * 0.5, 6);
  });

  it('sizes clusters by participants and weighs them by ₽ in and out', () => {
    const { elements, weight } = interclusterElements(answer);
    const node = (id: string) => elements.find((e) => e.data.id === id)!.data;
    expect(node('aerosol').size).toBe(MAX_NODE);
    expect(node('kolomna').size).toBe(MIN_NODE);
    expect(weight.get('aerosol')).toBe(5e8);
    expect(weight.get('kemz')).toBe(4e8);
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(3);
  });

  it('lists the pairs largest first', () => {
    expect(rankedEdges(answer).map((e) => e.id)).toEqual(['kemz->aerosol', 'aerosol->kolomna', 'kolomna->kemz']);
  });

  it('copes with no flows at all', () => {
    expect(interclusterElements({ year: null, nodes: [], edges: [] }).elements).toEqual([]);
  });
});
