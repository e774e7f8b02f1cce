// The pending changes of scenario mode: plain data, grouped as the user entered them.
import type { Change } from '../../api/scenarios/schema.js';

export type EntryKind = 'addSupplier' | 'addFlow' | 'removeParticipant' | 'changeFlow';

/** One thing the user did; a hypothetical supplier is three changes (organization, membership, flow). */
export interface ScenarioEntry {
  key: number;
  kind: EntryKind;
  changes: Change[];
}

export interface ScenarioState {
  active: boolean;
  entries: ScenarioEntry[];
  nextKey: number;
}

export const emptyScenario = (): ScenarioState => ({ active: false, entries: [], nextKey: 1 });

export function addEntry(s: ScenarioState, kind: EntryKind, changes: Change[]): ScenarioState {
  return { ...s, entries: [...s.entries, { key: s.nextKey, kind, changes }], nextKey: s.nextKey + 1 };
}

export function removeEntry(s: ScenarioState, key: number): ScenarioState {
  return { ...s, entries: s.entries.filter((e) => e.key !== key) };
}

export function resetScenario(s: ScenarioState): ScenarioState {
  return { ...s, entries: [] };
}

export function setActive(s: ScenarioState, active: boolean): ScenarioState {
  return { ...s, active };
}

/** The request body's change list, in the order entered. */
export function changesOf(s: ScenarioState): Change[] {
  return s.entries.flatMap((e) => e.changes);
}

/** A fresh id for a hypothetical organization, unlike any id already used. */
export function hypotheticalId(taken: Iterable<string>, s: ScenarioState): string {
  const used = new Set(taken);
  for (const c of changesOf(s)) if (c.op === 'addOrganization') used.add(c.id);
  let n = 1;
  while (used.has(`hyp-${n}`)) n++;
  return `hyp-${n}`;
}

export interface SupplierDraft {
  id: string;
  name: string;
  stage?: string;
  region?: string;
  output?: number;
  purchases?: number;
  to: string;
  product?: string;
  value: number;
}

/** A hypothetical supplier joining the cluster and supplying one participant. */
export function supplierChanges(d: SupplierDraft): Change[] {
  return [
    { op: 'addOrganization', id: d.id, name: d.name, kind: 'enterprise', country: 'RU', priorityTerritory: false,
      ...(d.region ? { region: d.region } : {}),
      ...(d.output !== undefined ? { output: d.output } : {}), ...(d.purchases !== undefined ? { purchases: d.purchases } : {}) },
    { op: 'addMembership', org: d.id, status: 'member', finalProducer: false, sopkGovernance: false, agreement: false,
      ...(d.stage ? { stage: d.stage } : {}) },
    { op: 'setSupply', from: d.id, to: d.to, value: d.value, ...(d.product ? { product: d.product } : {}) },
  ];
}
