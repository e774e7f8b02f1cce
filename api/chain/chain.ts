// GET /api/clusters/:id/chain: Cytoscape elements, checked against the chain schema.
import type { Run } from '../engine/index.js';
import { clusterStages } from '../registry/queries.js';
import * as q from './queries.js';
import { chainAnswer, type ChainAnswer } from './schema.js';

export async function chain(run: Run, cluster: string, year: number | null): Promise<ChainAnswer> {
  const params = { cluster, year: year ?? 0 };
  const stages = (await run(clusterStages, { cluster })).map(({ position, ...s }) => ({ ...s, order: position }));
  const participants = await run(q.chainParticipants, params);
  const supplies = await run(q.chainSupplies, params);
  const inflows = await run(q.chainInflows, params);
  const groups = await run(q.chainOutsideGroups, params);
  const outsideId = (country: unknown) => `outside:${country}`;
  return chainAnswer.parse({
    year,
    stages,
    nodes: [
      ...participants.map((p) => ({ data: {
        id: p.id, label: p.name, type: 'participant', stage: p.stage ?? null, stageOrder: p.stageOrder ?? null,
        kind: p.kind, status: p.status, finalProducer: p.finalProducer ?? false, country: p.country ?? 'RU',
        region: p.region ?? null, inn: p.inn ?? null, members: 1,
      } })),
      ...groups.map((g) => ({ data: {
        id: outsideId(g.country), label: String(g.country), type: 'outside', stage: null, stageOrder: null, kind: null,
        status: null, finalProducer: false, country: g.country, region: null, inn: null, members: g.members,
      } })),
    ],
    edges: [
      ...supplies.map((s) => ({ data: {
        id: `supply:${s.key}`, source: s.source, target: s.target, type: 'supply', product: s.product ?? null,
        productName: s.productName ?? null, value: s.value,
      } })),
      ...inflows.map((f) => ({ data: {
        id: `inflow:${f.country}|${f.target}|${f.product ?? ''}`, source: outsideId(f.country), target: f.target, type: 'inflow',
        product: f.product ?? null, productName: f.productName ?? null, value: f.value,
      } })),
    ],
  });
}
