import { describe, expect, it } from 'vitest';
import type { ParticipantDependency } from '../../api/dependency/schema.js';
import { nextSort, sortParticipants } from './participants.js';

const p = (name: string, level: number | null, stage: string | null): ParticipantDependency => ({
  id: name, name, kind: 'enterprise', status: 'member', stage, priorityTerritory: false, output: 1, purchases: 1, in: 0, out: 0,
  inShare: level, outShare: level, level, pass: level === null ? null : level >= 0.05, exempt: false, exemptReason: null, notExemptReason: null, fix: null, reason: null,
});
const rows = [p('Б', 0.3, 'final'), p('А', null, 'cans'), p('В', 0.03, 'components')];
const order = new Map([['components', 1], ['cans', 3], ['final', 5]]);

describe('participants table sort', () => {
  it('sorts by level, unknown levels last either way', () => {
    expect(sortParticipants(rows, { key: 'level', descending: false }, order).map((r) => r.name)).toEqual(['В', 'Б', 'А']);
    expect(sortParticipants(rows, { key: 'level', descending: true }, order).map((r) => r.name)).toEqual(['Б', 'В', 'А']);
  });

  it('sorts by name and by stage order', () => {
    expect(sortParticipants(rows, { key: 'name', descending: false }, order).map((r) => r.name)).toEqual(['А', 'Б', 'В']);
    expect(sortParticipants(rows, { key: 'stage', descending: false }, order).map((r) => r.name)).toEqual(['В', 'А', 'Б']);
  });

  it('flips direction on the same column and starts ascending on another', () => {
    expect(nextSort({ key: 'level', descending: false }, 'level')).toEqual({ key: 'level', descending: true });
    expect(nextSort({ key: 'level', descending: true }, 'name')).toEqual({ key: 'name', descending: false });
  });
});
