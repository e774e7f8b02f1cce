// The chain page's state as plain data, and which answers are shown: the saved data's, or the
// scenario's while scenario mode has pending changes and the server has answered for them.
import type { ChainAnswer, ClusterProfile, ComplianceAnswer, DependencyAnswer, Edition, GapsAnswer, Loaded, ScenarioAnswer } from '../api-client.js';
import { emptyScenario, type ScenarioState } from '../panels/scenario-state.js';
import type { Sort } from '../panels/participants.js';
import type { Selected } from './canvas.js';
import { noFilters, type ChainFilters } from './filters.js';

export type Tab = 'details' | 'compliance' | 'participants' | 'niches' | 'scenario' | 'survey';
export const tabs: Tab[] = ['details', 'compliance', 'participants', 'niches', 'scenario', 'survey'];

export interface Answers {
  dependency: Loaded<DependencyAnswer> | null;
  compliance: Loaded<ComplianceAnswer> | null;
  gaps: Loaded<GapsAnswer> | null;
}

export interface ChainState {
  id: string;
  profile: Loaded<ClusterProfile> | null;
  chain: Loaded<ChainAnswer> | null;
  base: Answers;
  edition: Edition;
  scenario: ScenarioState;
  scenarioAnswer: ScenarioAnswer | null;
  scenarioBusy: boolean;
  scenarioError: string | null;
  filters: ChainFilters;
  selected: Selected;
  niche: string | null;
  sort: Sort;
  tab: Tab;
}

export function initialState(id: string, edition: Edition): ChainState {
  return {
    id, profile: null, chain: null, base: { dependency: null, compliance: null, gaps: null }, edition,
    scenario: emptyScenario(), scenarioAnswer: null, scenarioBusy: false, scenarioError: null,
    filters: noFilters(), selected: null, niche: null, sort: { key: 'level', descending: false }, tab: 'details',
  };
}

/** Scenario mode is on and has changes to apply. */
export const scenarioApplies = (s: ChainState) => s.scenario.active && s.scenario.entries.length > 0;

const ok = <T>(value: T): Loaded<T> => ({ ok: true, value });

export function shownAnswers(s: ChainState): Answers {
  const a = s.scenarioAnswer;
  if (!scenarioApplies(s) || !a) return s.base;
  return { dependency: ok(a.dependency), compliance: ok(a.compliance), gaps: ok(a.gaps) };
}

export const value = <T>(l: Loaded<T> | null): T | null => (l?.ok ? l.value : null);
