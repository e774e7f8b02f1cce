import { describe, expect, it } from 'vitest';
import { change } from '../../api/scenarios/schema.js';
import { addEntry, changesOf, emptyScenario, hypotheticalId, removeEntry, resetScenario, setActive, supplierChanges } from './scenario-state.js';

const fixFlow = { op: 'setSupply', from: 'polimertorg', to: 'aerozol-novomoskovsk', value: 50_000_000 } as const;

describe('scenario change list', () => {
  it('adds entries in order and flattens them into the request’s changes', () => {
    let s = setActive(emptyScenario(), true);
    s = addEntry(s, 'addFlow', [fixFlow]);
    s = addEntry(s, 'removeParticipant', [{ op: 'removeMembership', org: 'terminal' }]);
    expect(s.entries.map((e) => e.kind)).toEqual(['addFlow', 'removeParticipant']);
    expect(changesOf(s)).toEqual([fixFlow, { op: 'removeMembership', org: 'terminal' }]);
  });

  it('removes one entry with all its changes, and reset empties the list but keeps the mode', () => {
    let s = setActive(emptyScenario(), true);
    s = addEntry(s, 'addSupplier', supplierChanges({ id: 'hyp-1', name: 'Новый', to: 'aeroball', value: 1e8 }));
    s = addEntry(s, 'addFlow', [fixFlow]);
    const [first] = s.entries;
    s = removeEntry(s, first!.key);
    expect(changesOf(s)).toEqual([fixFlow]);
    s = resetScenario(s);
    expect(s.entries).toEqual([]);
    expect(s.active).toBe(true);
  });

  it('gives entries keys that stay unique after removals', () => {
    let s = addEntry(emptyScenario(), 'addFlow', [fixFlow]);
    s = removeEntry(s, s.entries[0]!.key);
    s = addEntry(s, 'addFlow', [fixFlow]);
    s = addEntry(s, 'addFlow', [fixFlow]);
    expect(new Set(s.entries.map((e) => e.key)).size).toBe(2);
  });

  it('builds a hypothetical supplier the API accepts: organization, membership, flow', () => {
    const changes = supplierChanges({ id: 'hyp-1', name: 'ООО «Гипотеза»', stage: 'packaging', output: 1e9, to: 'arnest', product: 'shrink-film', value: 2e8 });
    expect(changes.map((c) => c.op)).toEqual(['addOrganization', 'addMembership', 'setSupply']);
    for (const c of changes) expect(change.safeParse(c).success).toBe(true);
  });

  it('picks a hypothetical id not used by a participant nor by a pending organization', () => {
    let s = emptyScenario();
    expect(hypotheticalId(['hyp-1'], s)).toBe('hyp-2');
    s = addEntry(s, 'addSupplier', supplierChanges({ id: 'hyp-2', name: 'x', to: 'a', value: 1 }));
    expect(hypotheticalId(['hyp-1'], s)).toBe('hyp-3');
  });
});
