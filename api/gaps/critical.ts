// Critical participants: whose exit drops a passing cluster below its threshold, or cuts a final
// producer off a stage it draws on (README, "Methodology").
import type { Run } from '../engine/index.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import { pp779Rules, TOLERANCE, type DependencyRules } from '../dependency/rules.js';
import * as q from './queries.js';
import type { GapsAnswer } from './schema.js';

type Critical = GapsAnswer['critical'][number];

export async function criticalByThreshold(run: Run, dep: DependencyAnswer, rules: DependencyRules = pp779Rules): Promise<Critical[]> {
  const c = dep.cluster;
  if (c.pass !== true || c.year === null || c.totalPurchases === null) return [];
  const rows = await run(q.levelAfterExit, {
    cluster: c.id, year: c.year, internalFlows: c.internalFlows, totalPurchases: c.totalPurchases,
    participants: c.participants, priorityParticipants: c.priorityParticipants, ...rules, tolerance: TOLERANCE,
  });
  return rows.map((r) => ({ reason: 'threshold' as const, id: r.id as string, name: r.name as string, levelAfter: r.levelAfter as number, thresholdAfter: r.thresholdAfter as number }));
}

export async function criticalByStage(run: Run, cluster: string, year: number | null): Promise<Critical[]> {
  if (year === null) return [];
  const participants = await run(q.stagedParticipants, { cluster });
  const byId = new Map(participants.map((p) => [p.id as string, p]));
  const ids = [...byId.keys()];
  const out: Critical[] = [];
  for (const f of participants.filter((p) => p.finalProducer === true)) {
    const fid = f.id as string;
    const reach = await upstream(run, fid, ids.filter((x) => x !== fid), year);
    const stagesOf = (set: Set<string>) => new Set([...set].map((x) => byId.get(x)?.stage as string | null).filter((s): s is string => s != null));
    const drawn = stagesOf(reach);
    for (const x of [...reach].sort()) {
      const without = stagesOf(await upstream(run, fid, ids.filter((y) => y !== fid && y !== x), year));
      for (const stage of [...drawn].sort()) {
        if (without.has(stage)) continue;
        const s = participants.find((p) => p.stage === stage);
        out.push({ reason: 'stage', id: x, name: byId.get(x)!.name as string, finalProducer: fid, finalProducerName: f.name as string, stage, stageName: (s?.stageName as string | null) ?? stage });
      }
    }
  }
  return out.sort((a, b) => cmp(a.id, b.id) || cmp((a as { finalProducer: string }).finalProducer, (b as { finalProducer: string }).finalProducer) || cmp((a as { stage: string }).stage, (b as { stage: string }).stage));
}

/** Participants that reach `target` through supplies of the year running only through `allowed`. */
async function upstream(run: Run, target: string, allowed: string[], year: number): Promise<Set<string>> {
  const seen = new Set<string>();
  let frontier = [target];
  while (frontier.length && allowed.length) {
    const rows = await run(q.upstreamStep, { frontier, allowed, year });
    frontier = rows.map((r) => r.id as string).filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
  }
  return seen;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
