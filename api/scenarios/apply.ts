// Applies a scenario's changes inside a transaction (always rolled back by the caller), after
// checking every change against the graph: all problems are reported with their paths.
import { Label, Rel, didYouMean, needKey, supplyKey, type Problem } from '../../graph-schema/index.js';
import type { Tx } from '../engine/index.js';
import { upsertNodes, upsertRels } from '../../loaders/writes.js';
import * as q from './queries.js';
import type { Change } from './schema.js';

export async function checkChanges(tx: Tx, cluster: string, year: number, changes: Change[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const referenced = (c: Change) => ('org' in c ? [c.org] : []).concat('from' in c ? [c.from, c.to] : []);
  const orgIds = [...new Set(changes.flatMap(referenced))];
  const productIds = [...new Set(changes.flatMap((c) => ('product' in c && c.product ? [c.product] : [])))];
  const orgs = new Set(orgIds.length ? (await tx.run(q.existingOrgs, { ids: orgIds })).map((r) => r.id as string) : []);
  const products = new Set(productIds.length ? (await tx.run(q.existingProducts, { ids: productIds })).map((r) => r.id as string) : []);
  const members = new Set((await tx.run(q.clusterMembers, { cluster })).map((r) => r.id as string));
  const stages = new Set((await tx.run(q.clusterStageIds, { cluster })).map((r) => r.id as string));
  const newIds = changes.flatMap((c) => (c.op === 'addOrganization' ? [c.id] : []));
  const taken = new Set(newIds.length ? (await tx.run(q.existingOrgs, { ids: newIds })).map((r) => r.id as string) : []);
  const added = new Set<string>();
  const bad = (path: string, value: unknown, message: string) => problems.push({ path, value, message });
  const org = (path: string, id: string) => {
    if (orgs.has(id)) return true;
    const guess = didYouMean(id, [...members]);
    bad(path, id, `unknown organization "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
    return false;
  };
  for (const [i, c] of changes.entries()) {
    const p = `changes[${i}]`;
    switch (c.op) {
      case 'addOrganization':
        if (taken.has(c.id)) bad(`${p}.id`, c.id, `organization "${c.id}" already exists: refer to it instead of adding it`);
        else if (added.has(c.id)) bad(`${p}.id`, c.id, `organization "${c.id}" is added twice`);
        added.add(c.id);
        orgs.add(c.id);
        break;
      case 'addMembership':
        if (!org(`${p}.org`, c.org)) break;
        if (members.has(c.org)) bad(`${p}.org`, c.org, `"${c.org}" is already a participant of "${cluster}"`);
        if (c.stage && !stages.has(c.stage)) bad(`${p}.stage`, c.stage, `unknown stage "${c.stage}" of cluster "${cluster}"${didYouMean(c.stage, stages) ? ` (did you mean "${didYouMean(c.stage, stages)}"?)` : ''}`);
        members.add(c.org);
        break;
      case 'removeMembership':
        if (!members.has(c.org)) bad(`${p}.org`, c.org, `"${c.org}" is not a participant of "${cluster}"`);
        members.delete(c.org);
        break;
      case 'setSupply':
      case 'removeSupply':
        org(`${p}.from`, c.from);
        org(`${p}.to`, c.to);
        if (c.from === c.to) bad(`${p}.to`, c.to, 'an organization cannot supply itself');
        if (c.product && !products.has(c.product)) bad(`${p}.product`, c.product, `unknown product "${c.product}"`);
        if (c.op === 'removeSupply' && orgs.has(c.from) && orgs.has(c.to)) {
          const [row] = await tx.run(q.supplyExists, { from: c.from, to: c.to, key: supplyKey(c.from, c.to, c.product, year) });
          if (!row?.n) bad(p, { from: c.from, to: c.to, product: c.product ?? null }, `no such supply in ${year} to remove`);
        }
        break;
      case 'setNeed':
      case 'removeNeed':
        org(`${p}.org`, c.org);
        if (!products.has(c.product)) bad(`${p}.product`, c.product, `unknown product "${c.product}"`);
        if (c.op === 'removeNeed' && orgs.has(c.org) && products.has(c.product)) {
          const [row] = await tx.run(q.needExists, { org: c.org, product: c.product, key: needKey(c.org, c.product, year) });
          if (!row?.n) bad(p, { org: c.org, product: c.product }, `"${c.org}" has no need of "${c.product}" in ${year} to remove`);
        }
        break;
      case 'setFinancials':
        org(`${p}.org`, c.org);
        if (c.output === undefined && c.purchases === undefined) bad(p, c, 'give output, purchases or both');
        break;
    }
  }
  return problems;
}

export async function applyChanges(tx: Tx, cluster: string, year: number, changes: Change[]): Promise<void> {
  for (const c of changes) {
    switch (c.op) {
      case 'addOrganization':
        await upsertNodes(tx, Label.Org, [{ id: c.id, name: c.name, kind: c.kind, country: c.country, region: c.region, priorityTerritory: c.priorityTerritory }]);
        if (c.output !== undefined || c.purchases !== undefined) await setFinancials(tx, c.id, year, c.output, c.purchases);
        break;
      case 'addMembership':
        await upsertRels(tx, Rel.MEMBER_OF, [{ from: c.org, to: cluster, status: c.status, stage: c.stage, finalProducer: c.finalProducer, sopkGovernance: c.sopkGovernance, agreement: c.agreement }]);
        break;
      case 'removeMembership':
        await tx.run(q.removeMembership, { org: c.org, cluster });
        break;
      case 'setSupply':
        await upsertRels(tx, Rel.SUPPLIES, [{ key: supplyKey(c.from, c.to, c.product, year), from: c.from, to: c.to, product: c.product, value: c.value, year }], { keyed: true });
        break;
      case 'removeSupply':
        await tx.run(q.removeSupply, { from: c.from, to: c.to, key: supplyKey(c.from, c.to, c.product, year) });
        break;
      case 'setNeed':
        await upsertRels(tx, Rel.NEEDS, [{ key: needKey(c.org, c.product, year), from: c.org, to: c.product, value: c.value, year, importShare: c.importShare }], { keyed: true });
        break;
      case 'removeNeed':
        await tx.run(q.removeNeed, { org: c.org, product: c.product, key: needKey(c.org, c.product, year) });
        break;
      case 'setFinancials':
        await setFinancials(tx, c.org, year, c.output, c.purchases);
        break;
    }
  }
}

async function setFinancials(tx: Tx, org: string, year: number, output?: number, purchases?: number): Promise<void> {
  const id = `${org}/${year}`;
  await upsertNodes(tx, Label.Financials, [{ id, year, output, purchases }]);
  await upsertRels(tx, Rel.REPORTED, [{ from: org, to: id }]);
}
