// POST /api/clusters/:id/scenarios: the same analytics under hypothetical changes; nothing of a
// scenario is ever stored in the graph (rolled back on Neo4j, made in a scratch copy on Kùzu).
import { HttpError } from '../http/errors.js';
import type { Engine, Run } from '../engine/index.js';
import type { Problem } from '../../graph-schema/index.js';
import { chain } from '../chain/chain.js';
import { compliance } from '../compliance/compliance.js';
import { DEFAULT_EDITION, editions, type Edition } from '../compliance/editions.js';
import { dependency, resolveYear } from '../dependency/dependency.js';
import { gaps } from '../gaps/gaps.js';
import { applyChanges, checkChanges } from './apply.js';
import { inSandbox, seedOf } from './sandbox.js';
import { scenarioAnswer, type ScenarioRequest } from './schema.js';

type ScenarioAnswer = typeof scenarioAnswer._output;

export async function runScenario(engine: Engine, cluster: string, req: ScenarioRequest): Promise<ScenarioAnswer> {
  const edition = editions.get(req.edition ?? DEFAULT_EDITION);
  if (!edition) throw new HttpError(400, 'invalid_request', `unknown edition "${req.edition}"; known: ${[...editions.keys()].join(', ')}`, [{ path: 'edition', message: 'unknown edition', value: req.edition }]);
  // Kùzu offers a sandbox: rolled-back writes there can break later imports (engine-notes.md).
  if (engine.sandbox) return scenarioInSandbox(engine, cluster, req, edition);
  return scenarioInTransaction(engine, cluster, req, edition);
}

/** The changes applied in a transaction that is always rolled back (Neo4j). */
export function scenarioInTransaction(engine: Engine, cluster: string, req: ScenarioRequest, edition: Edition): Promise<ScenarioAnswer> {
  return engine.tryOut(async (tx) => {
    const run = tx.run.bind(tx);
    // Without any data the scenario itself defines the year: the current calendar year.
    const year = (await resolveYear(run, cluster, req.year)) ?? new Date().getFullYear();
    const problems = await checkChanges(tx, cluster, year, req.changes);
    if (problems.length) throw invalid(problems);
    await applyChanges(tx, cluster, year, req.changes);
    return analyse(run, cluster, year, edition);
  });
}

/** The cluster's data copied into the engine's sandbox, the changes committed there (Kùzu). */
export async function scenarioInSandbox(engine: Engine, cluster: string, req: ScenarioRequest, edition: Edition): Promise<ScenarioAnswer> {
  if (!engine.sandbox) throw new Error(`the ${engine.name} engine has no sandbox`);
  const seed = await seedOf(engine, cluster, req.year, req.changes);
  if ('problems' in seed) throw invalid(seed.problems);
  return engine.sandbox((scratch) => inSandbox(scratch, cluster, seed, req.changes, (run) => analyse(run, cluster, seed.year, edition)));
}

const invalid = (problems: Problem[]) =>
  new HttpError(400, 'invalid_scenario', `the scenario has ${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was applied`, problems);

/** The scenario's answer: every analytic of the cluster as the graph `run` reads it now. */
export async function analyse(run: Run, cluster: string, year: number, edition: Edition): Promise<ScenarioAnswer> {
  const dep = await dependency(run, cluster, year, edition.rules);
  return scenarioAnswer.parse({
    year,
    dependency: dep,
    compliance: await compliance(run, cluster, year, edition.id, dep),
    gaps: await gaps(run, cluster, year, edition.rules, dep),
    chain: await chain(run, cluster, year),
  });
}
