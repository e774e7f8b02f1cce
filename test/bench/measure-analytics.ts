// Analytics figures: per-cluster dependency + compliance + gaps (p50/p95 over every cluster), the
// all-clusters compliance sweep, the in-database time against the plain-TypeScript oracle over the
// same clusters and data, and the sourcing / comparison answers of issues 3 and 4.
import { readerOf, type Engine, type Run } from '../../api/engine/index.js';
import { compare } from '../../api/compare/compare.js';
import { compliance } from '../../api/compliance/compliance.js';
import { dependency, resolveYear } from '../../api/dependency/dependency.js';
import { gaps } from '../../api/gaps/gaps.js';
import { sourcing } from '../../api/sourcing/sourcing.js';
import type { Dataset } from '../../graph-schema/index.js';
import { oracleCompliance } from '../oracle/compliance.js';
import { dependencyPresenceOnly, firstMismatch, oracleDependency, oracleResolveYear } from '../oracle/dependency.js';
import { oracleGaps } from '../oracle/gaps.js';
import { pct, since, spread, sum } from './stats.js';

const EDITION = 'pp779-2015';

export interface ClusterFigures { total: number[]; dependency: number[]; compliance: number[]; gaps: number[] }

/** One cluster as the API answers it: its year, then dependency, compliance on it, gaps on it. */
export async function analyseCluster(run: Run, id: string, into?: ClusterFigures): Promise<void> {
  const t0 = performance.now();
  const year = await resolveYear(run, id);
  const dep = await dependency(run, id, year);
  const t1 = performance.now();
  await compliance(run, id, year, EDITION, dep);
  const t2 = performance.now();
  await gaps(run, id, year, undefined, dep);
  const t3 = performance.now();
  if (into) {
    into.total.push(t3 - t0);
    into.dependency.push(t1 - t0);
    into.compliance.push(t2 - t1);
    into.gaps.push(t3 - t2);
  }
}

export async function clusterIds(engine: Engine): Promise<string[]> {
  return (await engine.read('MATCH (c:Cluster) RETURN c.id AS id ORDER BY id')).map((r) => r.id as string);
}

/** Every cluster once, after a few warm-up clusters (prepared statements, caches). */
export async function perCluster(engine: Engine, ids: string[], rounds = 1): Promise<ClusterFigures> {
  const run = readerOf(engine);
  for (const id of ids.slice(0, 3)) await analyseCluster(run, id);
  const figures: ClusterFigures = { total: [], dependency: [], compliance: [], gaps: [] };
  for (let r = 0; r < rounds; r++) for (const id of ids) await analyseCluster(run, id, figures);
  return figures;
}

/** The compliance answer of every cluster, one after another (what a ministry overview asks). */
export async function sweep(engine: Engine, ids: string[]): Promise<number> {
  const run = readerOf(engine);
  const t0 = performance.now();
  for (const id of ids) await compliance(run, id, await resolveYear(run, id), EDITION);
  return since(t0);
}

export interface OracleFigures { clusters: number; dbMs: number; oracleMs: number; ratio: number; mismatches: string[] }

/**
 * The same three answers for the same clusters, in the database and in the oracle over the parsed
 * document; the dependency answers are compared too, so the ratio is between equal results.
 */
export async function againstOracle(engine: Engine, doc: Dataset, ids: string[], sample = 30): Promise<OracleFigures> {
  const run = readerOf(engine);
  const chosen = spread(ids, sample);
  const db: number[] = [];
  const oracle: number[] = [];
  const mismatches: string[] = [];
  for (const id of chosen) {
    let t0 = performance.now();
    const year = await resolveYear(run, id);
    const dep = await dependency(run, id, year);
    await compliance(run, id, year, EDITION, dep);
    await gaps(run, id, year, undefined, dep);
    db.push(since(t0));
    t0 = performance.now();
    const oy = oracleResolveYear(doc, id);
    const odep = oracleDependency(doc, id, oy);
    oracleCompliance(doc, id, oy, EDITION);
    oracleGaps(doc, id, oy);
    oracle.push(since(t0));
    const m = oy !== year ? `year ${year} vs ${oy}` : firstMismatch(dep, odep, dependencyPresenceOnly);
    if (m) mismatches.push(`${id}: ${m}`);
  }
  return { clusters: chosen.length, dbMs: sum(db), oracleMs: sum(oracle), ratio: sum(db) / sum(oracle), mismatches };
}

export interface ExtraFigures { sourcingP95Ms: number; compareP95Ms: number }

/** Sourcing per cluster (a sample) and comparisons of 10 clusters, p95 of each. */
export async function extras(engine: Engine, ids: string[], sample = 30): Promise<ExtraFigures> {
  const run = readerOf(engine);
  const chosen = spread(ids, sample);
  const src: number[] = [];
  for (const id of chosen) {
    const t0 = performance.now();
    await sourcing(run, id, await resolveYear(run, id));
    src.push(since(t0));
  }
  const cmp: number[] = [];
  for (let i = 0; i + 10 <= Math.max(ids.length, 10) && cmp.length < 10; i += 10) {
    const group = ids.slice(i, i + 10);
    if (group.length < 2) break;
    const t0 = performance.now();
    await compare(run, group);
    cmp.push(since(t0));
  }
  return { sourcingP95Ms: pct(src, 95), compareP95Ms: pct(cmp, 95) };
}
