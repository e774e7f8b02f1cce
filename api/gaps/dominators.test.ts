import { describe, expect, it } from 'vitest';
import { commonDominator, dominators, dominatorsOf } from './dominators.js';

const graph = (edges: string) => {
  const succ = new Map<string, string[]>();
  for (const e of edges.split(' ')) { const [a, b] = e.split('>') as [string, string]; succ.set(a, [...(succ.get(a) ?? []), b]); }
  return (v: string) => succ.get(v) ?? [];
};

describe('dominators', () => {
  it('finds immediate dominators on a diamond with a tail and a cycle', () => {
    // r → a → {b, c} → d → e, and e → a (a cycle back)
    const t = dominators('r', graph('r>a a>b a>c b>d c>d d>e e>a'));
    expect(Object.fromEntries(t.idom)).toEqual({ a: 'r', b: 'a', c: 'a', d: 'a', e: 'd' });
    expect([...t.reachable].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'r']);
  });

  it('leaves unreachable nodes out', () => {
    const t = dominators('r', graph('r>a x>a'));
    expect(t.reachable.has('x')).toBe(false);
  });

  it('the common dominator of several nodes and the chain above it', () => {
    const t = dominators('r', graph('r>a a>b a>c b>d c>d d>e e>a'));
    expect(commonDominator(t, 'r', ['b', 'c'])).toBe('a');
    expect(commonDominator(t, 'r', ['e'])).toBe('e');
    expect(dominatorsOf(t, 'r', 'e')).toEqual(['e', 'd', 'a']);
  });
});
