// One organization's questionnaire, prefilled with what the graph knows: its profile and financials,
// its sales, and its purchases — the supplies it receives, plus the rest of each need not covered by
// a named supplier (with the need's import share), so that filling it back in restores the need.
import type { Run } from '../engine/index.js';
import type { PrefillFlow, PrefillOrg } from '../../loaders/spreadsheet/questionnaire-template.js';
import * as q from './queries.js';

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

export async function prefill(run: Run, org: string): Promise<{ org: PrefillOrg; sales: PrefillFlow[]; purchases: PrefillFlow[] } | null> {
  const [p] = await run(q.orgProfile, { org });
  if (!p) return null;
  const financials = (await run(q.orgFinancials, { org })).map((f) => ({ year: Number(f.year), output: num(f.output), purchases: num(f.purchases) }));
  const flow = (r: Record<string, unknown>): PrefillFlow => ({
    counterpartyName: str(r.counterpartyName), counterpartyInn: str(r.counterpartyInn), product: str(r.product), okpd2: str(r.okpd2),
    unit: str(r.unit), value: num(r.value), volume: num(r.volume), year: num(r.year),
  });
  const sales = (await run(q.orgSales, { org })).map(flow);
  const bought = await run(q.orgPurchases, { org });
  const purchases: PrefillFlow[] = bought.map((r) => ({ ...flow(r), country: str(r.country) && r.country !== 'RU' ? [r.country as string] : null }));
  for (const n of await run(q.orgNeeds, { org })) {
    const rows = purchases.filter((x, i) => bought[i]?.productId === n.productId && x.year === n.year);
    const covered = rows.reduce((s, x) => s + (x.value ?? 0), 0);
    const rest = Number(n.value) - covered;
    const countries = Array.isArray(n.importCountries) ? (n.importCountries as string[]) : null;
    // the need's import share goes on its first row: the importer reads it as the product's share
    if (rows[0]) rows[0].importShare = num(n.importShare);
    if (rest > 0.005) {
      purchases.push({
        product: str(n.product), okpd2: str(n.okpd2), unit: str(n.unit), value: rest, volume: rows.length ? null : num(n.volume),
        year: num(n.year), country: countries, importShare: rows[0] ? null : num(n.importShare),
      });
    }
  }
  return {
    org: { id: String(p.id), name: String(p.name), inn: str(p.inn), region: str(p.region), kind: str(p.kind), priorityTerritory: typeof p.priorityTerritory === 'boolean' ? p.priorityTerritory : null, financials },
    sales, purchases,
  };
}
