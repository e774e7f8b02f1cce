// Critical participants: whose exit drops a passing cluster below its threshold, or cuts a final
// producer off a stage it draws on (README, "Methodology").
import type { Run } from '../engine/index.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import { pp779Rules, TOLERANCE, type DependencyRules } from '../dependency/rules.js';
import { commonDominator, dominators, dominatorsOf } from './dominators.js';
import * as q from './queries.js';
import type { GapsAnswer } from './schema.js';

type Critical = GapsAnswer['critical'][number];

export async function criticalByThreshold(run: Run, dep: DependencyAnswer, rules: DependencyRules = pp779Rules): Promise<Critical[]> {
  const c = dep.cluster;
  if (c.pass !== true || c.year === null || c.totalPurchases === null) return [];
  // Kùzu crashes on one list parameter used twice in a query: one name per use (dependency/queries.ts).
  const ids = dep.participants.map((p) => p.id);
  const rows = await run(q.levelAfterExit, {
    cluster: c.id, year: c.year, buyers: ids, sellers: ids, internalFlows: c.internalFlows, totalPurchases: c.totalPurchases,
    participants: c.participants, priorityParticipants: c.priorityParticipants, ...rules, tolerance: TOLERANCE,
  });
  return rows.map((r) => ({ reason: 'threshold' as const, id: r.id as string, name: r.name as string, levelAfter: r.levelAfter as number, thresholdAfter: r.thresholdAfter as number }));
}

export async function criticalByStage(run: Run, cluster: string, year: number | null): Promise<Critical[]> {
  if (year === null) return [];
  const participants = await run(q.stagedParticipants, { cluster });
  const byId = new Map(participants.map((p) => [p.id as string, p]));
  const suppliersOf = new Map<string, string[]>();
  // The ids anchor the membership test of internalEdges; none, no edges (Kùzu cannot bind []).
  const ids = participants.map((p) => p.id as string);
  for (const e of ids.length ? await run(q.internalEdges, { cluster, year, participants: ids }) : []) {
    suppliersOf.set(e.target as string, [...(suppliersOf.get(e.target as string) ?? []), e.source as string]);
  }
  const out: Critical[] = [];
  for (const f of participants.filter((p) => p.finalProducer === true)) {
    const fid = f.id as string;
    // Upstream of F: the reversed supply graph rooted at F. F itself never counts as a source.
    const tree = dominators(fid, (v) => suppliersOf.get(v) ?? []);
    const byStage = new Map<string, string[]>();
    for (const v of tree.reachable) {
      const stage = byId.get(v)?.stage as string | null | undefined;
      if (v !== fid && stage) byStage.set(stage, [...(byStage.get(stage) ?? []), v]);
    }
    for (const [stage, sources] of byStage) {
      // Whoever dominates every source of the stage (a source included) cuts F off it.
      const cut = dominatorsOf(tree, fid, commonDominator(tree, fid, sources));
      const stageName = (participants.find((p) => p.stage === stage)?.stageName as string | null) ?? stage;
      for (const x of cut) out.push({ reason: 'stage', id: x, name: byId.get(x)!.name as string, finalProducer: fid, finalProducerName: f.name as string, stage, stageName });
    }
  }
  return out.sort((a, b) => cmp(a.id, b.id) || cmp((a as { finalProducer: string }).finalProducer, (b as { finalProducer: string }).finalProducer) || cmp((a as { stage: string }).stage, (b as { stage: string }).stage));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
