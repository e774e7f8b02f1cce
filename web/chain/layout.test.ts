import { describe, expect, it } from 'vitest';
import { layoutChain, type LayoutInput } from './layout.js';

const input: LayoutInput = {
  participants: [
    { id: 'final-a', stageOrder: 5, label: 'А' }, { id: 'comp', stageOrder: 1, label: 'Б' },
    { id: 'cans', stageOrder: 3, label: 'В' }, { id: 'college', stageOrder: null, label: 'Г' },
  ],
  supplies: [{ source: 'comp', target: 'cans' }, { source: 'cans', target: 'final-a' }],
  outside: [{ id: 'outside:CN', customers: ['cans'] }],
  gaps: [{ id: 'gap:cans:slug', customer: 'cans' }],
};

describe('chain layout', () => {
  it('puts stages in columns left to right by stage order, participants without a stage last', () => {
    const { positions, columns } = layoutChain(input);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('comp')).toBeLessThan(x('cans'));
    expect(x('cans')).toBeLessThan(x('final-a'));
    expect(x('final-a')).toBeLessThan(x('college'));
    expect(columns.map((c) => c.order)).toEqual([1, 3, 5, null]);
  });

  it('draws outside groups left of their customers and gap nodes next to theirs', () => {
    const { positions } = layoutChain(input);
    const cans = positions.get('cans')!;
    expect(positions.get('outside:CN')!.x).toBeLessThan(cans.x);
    const gap = positions.get('gap:cans:slug')!;
    expect(Math.abs(gap.x - cans.x)).toBeLessThan(100);
    expect(Math.abs(gap.y - cans.y)).toBeLessThan(100);
  });

  it('gives every node its own place on a 2,000-node chain, quickly', () => {
    const n = 2000;
    const participants = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, stageOrder: (i % 5) + 1, label: `p${i}` }));
    const supplies = Array.from({ length: 3 * n }, (_, i) => ({ source: `p${i % n}`, target: `p${(i * 7 + 1) % n}` }));
    const t0 = performance.now();
    const { positions } = layoutChain({ participants, supplies, outside: [], gaps: [] });
    const ms = performance.now() - t0;
    const seen = new Set([...positions.values()].map((p) => `${p.x}:${p.y}`));
    expect(seen.size).toBe(n);
    expect(ms).toBeLessThan(1000);
  });
});
