// POST /api/clusters/:id/scenarios: the same analytics under hypothetical changes, in a transaction
// that is always rolled back — nothing of a scenario is ever stored.
import { HttpError } from '../http/errors.js';
import type { Engine } from '../engine/index.js';
import { chain } from '../chain/chain.js';
import { compliance } from '../compliance/compliance.js';
import { DEFAULT_EDITION, editions } from '../compliance/editions.js';
import { dependency, resolveYear } from '../dependency/dependency.js';
import { gaps } from '../gaps/gaps.js';
import { applyChanges, checkChanges } from './apply.js';
import { scenarioAnswer, type ScenarioRequest } from './schema.js';

export async function runScenario(engine: Engine, cluster: string, req: ScenarioRequest): Promise<typeof scenarioAnswer._output> {
  const edition = editions.get(req.edition ?? DEFAULT_EDITION);
  if (!edition) throw new HttpError(400, 'invalid_request', `unknown edition "${req.edition}"; known: ${[...editions.keys()].join(', ')}`, [{ path: 'edition', message: 'unknown edition', value: req.edition }]);
  return engine.tryOut(async (tx) => {
    const run = tx.run.bind(tx);
    // Without any data the scenario itself defines the year: the current calendar year.
    const year = (await resolveYear(run, cluster, req.year)) ?? new Date().getFullYear();
    const problems = await checkChanges(tx, cluster, year, req.changes);
    if (problems.length) throw new HttpError(400, 'invalid_scenario', `the scenario has ${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing was applied`, problems);
    await applyChanges(tx, cluster, year, req.changes);
    const dep = await dependency(run, cluster, year, edition.rules);
    return scenarioAnswer.parse({
      year,
      dependency: dep,
      compliance: await compliance(run, cluster, year, edition.id, dep),
      gaps: await gaps(run, cluster, year, edition.rules, dep),
      chain: await chain(run, cluster, year),
    });
  });
}
