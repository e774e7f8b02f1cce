import { describe, expect, it } from 'vitest';
import type { ChainAnswer } from '../../api/chain/schema.js';
import { supplierChanges } from '../panels/scenario-state.js';
import { overlayChanges } from './overlay.js';

const node = (id: string, stage: string) => ({ data: { id, label: id, type: 'participant' as const, stage, stageOrder: stage === 'a' ? 1 : 2, kind: 'enterprise', status: 'member', finalProducer: false, country: 'RU', region: null, inn: null, members: 1 } });
const base: ChainAnswer = {
  year: 2024,
  stages: [{ id: 'a', name: 'A', order: 1 }, { id: 'b', name: 'B', order: 2 }],
  nodes: [node('x', 'a'), node('y', 'b')],
  edges: [{ data: { id: 'e1', source: 'x', target: 'y', type: 'supply', product: 'p', productName: 'P', value: 10 } }],
};

describe('scenario overlay on the chain', () => {
  it('leaves the chain as it is without changes', () => {
    expect(overlayChanges(base, []).chain).toBe(base);
  });

  it('draws a hypothetical supplier at its stage with its flow', () => {
    const { chain, hypothetical } = overlayChanges(base, supplierChanges({ id: 'hyp-1', name: 'Новый', stage: 'a', to: 'y', value: 5 }));
    const added = chain.nodes.find((n) => n.data.id === 'hyp-1');
    expect(added?.data).toMatchObject({ label: 'Новый', stageOrder: 1, type: 'participant' });
    expect(chain.edges.some((e) => e.data.source === 'hyp-1' && e.data.target === 'y' && e.data.value === 5)).toBe(true);
    expect(hypothetical.has('hyp-1')).toBe(true);
  });

  it('changes the value of an existing flow in place', () => {
    const { chain } = overlayChanges(base, [{ op: 'setSupply', from: 'x', to: 'y', product: 'p', value: 99 }]);
    expect(chain.edges).toHaveLength(1);
    expect(chain.edges[0]!.data).toMatchObject({ id: 'e1', value: 99 });
  });

  it('removes a participant with its flows', () => {
    const { chain } = overlayChanges(base, [{ op: 'removeMembership', org: 'x' }]);
    expect(chain.nodes.map((n) => n.data.id)).toEqual(['y']);
    expect(chain.edges).toEqual([]);
  });
});
