// Test oracle: the gaps of README "Methodology" (unmet needs, empty stages, single-source inputs,
// critical participants), recomputed in plain TypeScript from a parsed dataset document.
import type { Dataset } from '../../graph-schema/index.js';
import { pp779Rules, TOLERANCE, type DependencyRules } from '../../api/dependency/rules.js';
import type { GapsAnswer } from '../../api/gaps/schema.js';
import { byString, clusterFigures, internalSupplies, participantsOf } from './dependency.js';

type UnmetNeed = GapsAnswer['unmetNeeds'][number];
type Customer = UnmetNeed['customers'][number];
type Critical = GapsAnswer['critical'][number];

export function oracleGaps(doc: Dataset, cluster: string, year: number | null, rules: DependencyRules = pp779Rules): GapsAnswer {
  const parts = participantsOf(doc, cluster);
  const ids = new Set(parts.map((p) => p.org.id));
  const orgName = new Map(doc.organizations.map((o) => [o.id, o.name]));
  const productName = new Map(doc.products.map((p) => [p.id, p.name]));
  const name = (m: Map<string, string>, id: string) => m.get(id) ?? id;
  const flows = internalSupplies(doc, ids, year);
  const clusterDef = doc.clusters.find((c) => c.id === cluster);
  const stages = clusterDef?.stages ?? [];

  // Unmet needs: a participant's need for a product in Y against the supplies of it from other participants.
  const needs = year === null ? [] : doc.needs.filter((n) => ids.has(n.org) && (n.year ?? doc.year) === year);
  const byProduct = new Map<string, { customers: Customer[]; countries: Set<string>; shareNeed: number; sharedNeed: number }>();
  for (const n of needs) {
    const supplied = flows.filter((s) => s.to === n.org && s.product === n.product).reduce((a, s) => a + s.value, 0);
    const covered = Math.min(supplied, n.value);
    const entry = byProduct.get(n.product) ?? { customers: [], countries: new Set<string>(), shareNeed: 0, sharedNeed: 0 };
    entry.customers.push({ id: n.org, name: name(orgName, n.org), need: n.value, covered, unmet: n.value - covered, importShare: n.importShare ?? null });
    for (const c of n.importCountries) entry.countries.add(c);
    if (n.importShare != null) { entry.shareNeed += n.importShare * n.value; entry.sharedNeed += n.value; }
    byProduct.set(n.product, entry);
  }
  const sum = (xs: Customer[], k: 'need' | 'covered' | 'unmet') => xs.reduce((a, x) => a + x[k], 0);
  const unmetNeeds: UnmetNeed[] = [...byProduct].map(([product, e]) => ({
    product, productName: name(productName, product),
    need: sum(e.customers, 'need'), covered: sum(e.customers, 'covered'), unmet: sum(e.customers, 'unmet'),
    importShare: e.sharedNeed > 0 ? e.shareNeed / e.sharedNeed : null,
    countries: [...e.countries].sort(byString),
    customers: e.customers.sort((a, b) => b.unmet - a.unmet || byString(a.id, b.id)),
  })).filter((u) => u.unmet > 0).sort((a, b) => b.unmet - a.unmet || byString(a.product, b.product));

  // Empty stages: no participant placed there.
  const placed = new Set(parts.map((p) => p.membership.stage).filter((s): s is string => s != null));
  const emptyStages = stages.filter((s) => !placed.has(s.id)).map((s) => ({ id: s.id, name: s.name, order: s.order }))
    .sort((a, b) => a.order - b.order || byString(a.id, b.id));

  // Single-source inputs: a product (supplies with a product id, in Y) received from exactly one other participant.
  const suppliers = new Map<string, Map<string, number>>(); // `${customer}|${product}` → supplier → value
  for (const s of flows) {
    if (s.product == null) continue;
    const key = `${s.to}|${s.product}`;
    const m = suppliers.get(key) ?? new Map<string, number>();
    m.set(s.from, (m.get(s.from) ?? 0) + s.value);
    suppliers.set(key, m);
  }
  const singleSource: GapsAnswer['singleSource'] = [];
  for (const [key, m] of suppliers) {
    if (m.size !== 1) continue;
    const [customer, product] = key.split('|') as [string, string];
    const [[supplier, value]] = [...m] as [[string, number]];
    singleSource.push({
      customer, customerName: name(orgName, customer), product, productName: name(productName, product),
      supplier, supplierName: name(orgName, supplier), value,
    });
  }
  singleSource.sort((a, b) => byString(a.customer, b.customer) || byString(a.product, b.product));

  const critical: Critical[] = [];
  // (1) When the cluster passes: a participant whose exit leaves the level below the recomputed threshold.
  const whole = clusterFigures(doc, parts, flows, year, rules);
  if (whole.pass === true) {
    for (const p of parts) {
      const rest = parts.filter((q) => q.org.id !== p.org.id);
      const after = clusterFigures(doc, rest, flows.filter((s) => s.from !== p.org.id && s.to !== p.org.id), year, rules);
      if (after.level !== null && after.level < after.threshold - TOLERANCE) {
        critical.push({ reason: 'threshold', id: p.org.id, name: p.org.name, levelAfter: after.level, thresholdAfter: after.threshold });
      }
    }
  }
  // (2) A participant that cuts a final producer off from a stage it draws on.
  const next = new Map<string, Set<string>>(); // supplier → customers, over supplies of Y between participants
  for (const s of flows) next.set(s.from, (next.get(s.from) ?? new Set()).add(s.to));
  /** Does `from` reach `target` through at least one supply, never passing through `gone`? */
  const reaches = (from: string, target: string, gone: string | null): boolean => {
    const seen = new Set<string>();
    const todo = [from];
    while (todo.length) {
      const x = todo.pop()!;
      for (const y of next.get(x) ?? []) {
        if (y === gone) continue;
        if (y === target) return true;
        if (!seen.has(y)) { seen.add(y); todo.push(y); }
      }
    }
    return false;
  };
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  // F itself is no source: a final producer placed at S does not draw on S through itself, not even
  // when its own sales come back to it round a cycle; "draws on" means inputs from other participants.
  for (const f of parts.filter((p) => p.membership.finalProducer)) {
    for (const s of stages) {
      const atS = parts.filter((p) => p.membership.stage === s.id && p.org.id !== f.org.id).map((p) => p.org.id);
      if (!atS.some((a) => reaches(a, f.org.id, null))) continue; // F does not draw on S
      for (const x of parts) {
        if (x.org.id === f.org.id) continue;
        if (atS.some((a) => a !== x.org.id && reaches(a, f.org.id, x.org.id))) continue;
        critical.push({
          reason: 'stage', id: x.org.id, name: x.org.name, finalProducer: f.org.id, finalProducerName: f.org.name,
          stage: s.id, stageName: name(stageName, s.id),
        });
      }
    }
  }
  const rank = (c: Critical) => (c.reason === 'threshold' ? 0 : 1);
  const fp = (c: Critical) => (c.reason === 'stage' ? c.finalProducer : '');
  const st = (c: Critical) => (c.reason === 'stage' ? c.stage : '');
  critical.sort((a, b) => rank(a) - rank(b) || byString(a.id, b.id) || byString(fp(a), fp(b)) || byString(st(a), st(b)));

  return { year, unmetNeeds, emptyStages, singleSource, critical };
}

