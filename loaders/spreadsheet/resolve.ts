// Who and what a questionnaire row names: an organization by INN (the real-world identity), else by
// normalised name against the graph (participants of the cluster first) with a warning naming the
// match, else a new outside organization; a product by name, else a new product.
import { normaliseName, slug, uniqueId } from './names.js';

export interface KnownOrg {
  id: string; name: string; inn: string | null; country: string | null; kind: string | null;
  region: string | null; priorityTerritory: boolean | null; participant: boolean;
}
export interface KnownProduct { id: string; name: string; okpd2: string | null; unit: string | null }
export interface NewOrg { id: string; name: string; inn?: string; country: string }
export interface NewProduct { id: string; name: string; okpd2?: string; unit?: string }

export type Resolved = { id: string; known?: KnownOrg; created?: NewOrg; matchedByName?: KnownOrg } | { error: string };

const productKey = (name: string) => name.toLowerCase().replace(/ё/g, 'е').replace(/[«»"'“”]/g, '').replace(/\s+/g, ' ').trim();

export function makeResolver(orgs: KnownOrg[], products: KnownProduct[]) {
  const taken = new Set(orgs.map((o) => o.id));
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byInn = new Map(orgs.filter((o) => o.inn).map((o) => [o.inn!, o]));
  const byName = new Map<string, KnownOrg[]>();
  for (const o of orgs) {
    const k = normaliseName(o.name);
    byName.set(k, [...(byName.get(k) ?? []), o]);
  }
  // what this upload has named so far: the same counterparty in two rows or two files is one organization
  const localInn = new Map<string, string>();
  const localName = new Map<string, string>();
  const created = new Map<string, NewOrg>();

  const remember = (id: string, name: string | null, inn: string | null) => {
    if (inn) localInn.set(inn, id);
    if (name) localName.set(normaliseName(name), id);
  };

  function org(name: string | null, inn: string | null, country = 'RU'): Resolved {
    if (inn) {
      const id = localInn.get(inn) ?? byInn.get(inn)?.id;
      if (id) { remember(id, name, inn); return { id, known: byId.get(id) }; }
      // an organization the graph knows by name only: this form brings its INN
      const withoutInn = name ? byName.get(normaliseName(name))?.filter((o) => !o.inn) ?? [] : [];
      if (withoutInn.length === 1) {
        const m = withoutInn[0]!;
        remember(m.id, name, inn);
        return { id: m.id, known: m, matchedByName: m };
      }
      const fresh: NewOrg = { id: uniqueId(`inn-${inn}`, taken), name: name ?? `ИНН ${inn}`, inn, country };
      created.set(fresh.id, fresh);
      remember(fresh.id, name, inn);
      return { id: fresh.id, created: fresh };
    }
    if (!name) return { error: 'neither a name nor an INN' };
    const key = normaliseName(name);
    const local = localName.get(key);
    if (local) return { id: local, known: byId.get(local) };
    const all = byName.get(key) ?? [];
    const participants = all.filter((o) => o.participant);
    const matches = participants.length ? participants : all;
    if (matches.length > 1) {
      return { error: `«${name}» matches several organizations by name (${matches.map((o) => `«${o.name}» ${o.id}`).join(', ')}): give its INN` };
    }
    if (matches.length === 1) {
      const m = matches[0]!;
      remember(m.id, name, null);
      return { id: m.id, known: m, matchedByName: m };
    }
    const fresh: NewOrg = { id: uniqueId(`org-${slug(key)}`, taken), name, country };
    created.set(fresh.id, fresh);
    remember(fresh.id, name, null);
    return { id: fresh.id, created: fresh };
  }

  const productTaken = new Set(products.map((p) => p.id));
  const productByName = new Map(products.map((p) => [productKey(p.name), p.id]));
  const newProducts = new Map<string, NewProduct>();

  function product(name: string, okpd2: string | null, unit: string | null): string {
    const key = productKey(name);
    const id = productByName.get(key);
    if (id) {
      // a later row may tell what an earlier one left out
      const fresh = newProducts.get(id);
      if (fresh) { fresh.okpd2 ??= okpd2 ?? undefined; fresh.unit ??= unit ?? undefined; }
      return id;
    }
    const fresh: NewProduct = { id: uniqueId(`p-${slug(name)}`, productTaken), name, ...(okpd2 ? { okpd2 } : {}), ...(unit ? { unit } : {}) };
    newProducts.set(fresh.id, fresh);
    productByName.set(key, fresh.id);
    return fresh.id;
  }

  return { org, product, byId, createdOrgs: created, newProducts };
}

export type Resolver = ReturnType<typeof makeResolver>;
