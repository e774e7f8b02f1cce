// Parsed questionnaire files → one cluster-dataset/1 document, with a provenance map from every
// dataset path (`supplies[12].value`) back to the file, sheet and cell it came from.
import { FORMAT, type DatasetInput } from '../../graph-schema/index.js';
import type { ParsedFile, ParsedSheet } from './questionnaire-read.js';
import type { Field, ParsedRow } from './sheet-reader.js';
import { makeResolver, type KnownOrg, type KnownProduct } from './resolve.js';
import type { CellProblem } from './workbook.js';

export interface Origin { file: string; sheet: string; cell: string; value: unknown }
export interface Known { orgs: KnownOrg[]; products: KnownProduct[]; waves: Map<string, number> }
export interface FileSummary { file: string; respondent: { id: string; name: string } | null; sheets: { sheet: string; kind: string; rows: number }[] }
export interface Built { doc: DatasetInput; origins: Map<string, Origin>; warnings: CellProblem[]; problems: CellProblem[]; files: FileSummary[] }

type Org = NonNullable<DatasetInput['organizations']>[number];
type Supply = NonNullable<DatasetInput['supplies']>[number];
type Need = NonNullable<DatasetInput['needs']>[number];

export function buildDataset(files: ParsedFile[], known: Known, cluster: string, today: string): Built {
  const r = makeResolver(known.orgs, known.products);
  const origins = new Map<string, Origin>();
  const warnings: CellProblem[] = [];
  const problems: CellProblem[] = [];
  const orgs = new Map<string, Org>();
  const supplies = new Map<string, { supply: Supply; fields: Record<string, Field>; sheet: ParsedSheet }>();
  const needs = new Map<string, { need: Need; rows: { fields: Record<string, Field>; sheet: ParsedSheet; share: number | null }[] }>();
  const answered = new Map<string, string>(); // respondent|sheet kind → file, one answer per organization
  const respondents = new Map<string, Field>();
  const summaries: FileSummary[] = [];
  const orphanSheets = new Set<ParsedSheet>();

  const at = (sheet: ParsedSheet, f: Field | undefined): Origin => ({ file: sheet.table.file, sheet: sheet.table.sheet, cell: f?.cell ?? '', value: f?.raw ?? null });
  const problem = (sheet: ParsedSheet, f: Field | undefined, message: string) => problems.push({ ...at(sheet, f), message });
  const warned = new Set<string>();
  const warn = (sheet: ParsedSheet, f: Field | undefined, message: string) => {
    if (warned.has(`${sheet.table.file}|${message}`)) return;
    warned.add(`${sheet.table.file}|${message}`);
    warnings.push({ ...at(sheet, f), message });
  };
  const v = <T>(fields: Record<string, Field>, key: string) => (fields[key]?.value ?? null) as T | null;

  /** The organization a row names, or null after recording why not. */
  function who(sheet: ParsedSheet, fields: Record<string, Field>, nameKey: string, innKey: string, role: string, country?: string): string | null {
    const res = r.org(v<string>(fields, nameKey), v<string>(fields, innKey), country);
    const cell = fields[nameKey] ?? fields[innKey];
    if ('error' in res) { problem(sheet, cell, `the ${role}: ${res.error}`); return null; }
    if (res.matchedByName) warn(sheet, cell, `«${v<string>(fields, nameKey)}» matched to «${res.matchedByName.name}» (${res.matchedByName.id}) by name`);
    if (res.created && !orgs.has(res.id)) orgs.set(res.id, { ...res.created });
    return res.id;
  }

  for (const file of files) {
    const orgSheet = file.sheets.find((s) => s.layout.kind === 'organization');
    const defaultYear = file.meta.year ?? maxYear(orgSheet?.rows ?? []) ?? Number(today.slice(0, 4)) - 1;
    let respondent: string | null = null;
    if (orgSheet) respondent = readOrganization(orgSheet, file.meta.org, defaultYear);
    for (const sheet of file.sheets.filter((s) => s.layout.kind !== 'organization')) {
      for (const row of sheet.rows) {
        const self = v<string>(row.fields, 'respondentName') || v<string>(row.fields, 'respondentInn')
          ? who(sheet, row.fields, 'respondentName', 'respondentInn', 'organization filling the form') : respondent;
        if (!self) {
          // once per sheet: every row of it lacks the same thing
          if (!respondent && !orphanSheets.has(sheet)) {
            orphanSheets.add(sheet);
            problem(sheet, Object.values(row.fields)[0], 'whose answer is this? Fill the sheet «Организация» (or, in a CSV file, the columns «Организация (заполняющая анкету)» / «ИНН организации»)');
          }
          continue;
        }
        const key = `${self}|${sheet.layout.kind}`;
        const earlier = answered.get(key);
        if (earlier && earlier !== file.file) { problem(sheet, Object.values(row.fields)[0], `this organization's ${sheet.layout.name} are already in ${earlier}: upload one questionnaire per organization`); break; }
        answered.set(key, file.file);
        if (!respondents.has(self)) respondents.set(self, row.fields.respondentName ?? row.fields.respondentInn ?? Object.values(row.fields)[0]!);
        if (sheet.layout.kind === 'sales') readSale(sheet, row, self, defaultYear);
        else readPurchase(sheet, row, self, defaultYear);
      }
    }
    const name = respondent ? orgs.get(respondent)?.name ?? r.byId.get(respondent)?.name ?? respondent : null;
    summaries.push({ file: file.file, respondent: respondent ? { id: respondent, name } as { id: string; name: string } : null, sheets: file.sheets.map((s) => ({ sheet: s.table.sheet, kind: s.layout.kind, rows: s.rows.length })) });
  }

  function readOrganization(sheet: ParsedSheet, metaOrg: string | undefined, defaultYear: number): string | null {
    const first = sheet.rows[0];
    if (!first) { problem(sheet, undefined, 'the organization is not filled in'); return null; }
    const f = first.fields;
    let id: string | null;
    if (metaOrg && r.byId.has(metaOrg)) id = metaOrg; // a prefilled form names its organization by id
    else id = who(sheet, f, 'name', 'inn', 'organization');
    if (!id) return null;
    if (answered.has(`${id}|organization`)) { problem(sheet, f.name, `this organization's answers are already in ${answered.get(`${id}|organization`)}: upload one questionnaire per organization`); return null; }
    answered.set(`${id}|organization`, sheet.table.file);
    respondents.set(id, f.name ?? f.inn!);
    const k = r.byId.get(id);
    const record: Org = {
      ...(orgs.get(id) ?? {}), id, name: v<string>(f, 'name') ?? k?.name ?? id,
      inn: v<string>(f, 'inn') ?? k?.inn ?? undefined, region: v<string>(f, 'region') ?? undefined,
      // the form leaves a field empty: the graph keeps what it knew (defaults would overwrite it)
      kind: (v<string>(f, 'kind') ?? k?.kind ?? 'enterprise') as Org['kind'],
      priorityTerritory: v<boolean>(f, 'priorityTerritory') ?? k?.priorityTerritory ?? false,
      country: k?.country ?? 'RU',
      financials: sheet.rows.filter((row) => v(row.fields, 'output') !== null || v(row.fields, 'purchases') !== null)
        .map((row) => ({ year: v<number>(row.fields, 'year') ?? defaultYear, output: v<number>(row.fields, 'output'), purchases: v<number>(row.fields, 'purchases') })),
    };
    orgs.set(id, record);
    return id;
  }

  function readSale(sheet: ParsedSheet, row: ParsedRow, self: string, defaultYear: number): void {
    const customer = who(sheet, row.fields, 'counterpartyName', 'counterpartyInn', 'customer');
    if (!customer) return;
    addSupply(sheet, row, self, customer, defaultYear);
  }

  function readPurchase(sheet: ParsedSheet, row: ParsedRow, self: string, defaultYear: number): void {
    const f = row.fields;
    const countries = (v<string[]>(f, 'country') ?? []).filter((c) => c !== 'RU');
    const named = v(f, 'counterpartyName') !== null || v(f, 'counterpartyInn') !== null;
    const supplier = named ? who(sheet, f, 'counterpartyName', 'counterpartyInn', 'supplier', countries[0] ?? 'RU') : null;
    if (named && !supplier) return;
    const product = productOf(sheet, row);
    if (!product) { problem(sheet, f.product ?? f.value, 'the product is missing: say what is bought'); return; }
    if (supplier) addSupply(sheet, row, supplier, self, defaultYear, product);
    const value = v<number>(f, 'value');
    if (value === null) return;
    const year = v<number>(f, 'year') ?? defaultYear;
    const key = `${self}|${product}|${year}`;
    const entry = needs.get(key) ?? { need: { org: self, product, value: 0, year, importCountries: [] }, rows: [] };
    entry.need.value += value;
    const foreign = countries.length > 0 || (supplier !== null && (orgs.get(supplier)?.country ?? r.byId.get(supplier)?.country ?? 'RU') !== 'RU');
    entry.need.importCountries = [...new Set([...(entry.need.importCountries ?? []), ...countries])];
    // a row's own share of import: what it says, else 1 for a foreign source, 0 for a Russian supplier, unknown otherwise
    entry.rows.push({ fields: f, sheet, share: v<number>(f, 'importShare') ?? (foreign ? 1 : supplier ? 0 : null) });
    needs.set(key, entry);
  }

  function productOf(sheet: ParsedSheet, row: ParsedRow): string | null {
    const name = v<string>(row.fields, 'product');
    return name ? r.product(name, v<string>(row.fields, 'okpd2'), v<string>(row.fields, 'unit')) : null;
  }

  function addSupply(sheet: ParsedSheet, row: ParsedRow, from: string, to: string, defaultYear: number, product = productOf(sheet, row)): void {
    const f = row.fields;
    if (v(f, 'value') === null) { problem(sheet, f.value ?? f.counterpartyName, 'the value in ₽ is missing'); return; }
    const year = v<number>(f, 'year') ?? defaultYear;
    const key = `${from}|${to}|${product ?? ''}|${year}`;
    const same = supplies.get(key);
    if (same) {
      same.supply.value += v<number>(f, 'value')!;
      if (same.supply.volume != null && v(f, 'volume') !== null) same.supply.volume += v<number>(f, 'volume')!;
      warn(sheet, f.value, `the same flow as ${same.fields.value?.cell}: their values are added`);
      return;
    }
    supplies.set(key, { supply: { from, to, value: v<number>(f, 'value')!, year, ...(product ? { product } : {}), ...(v(f, 'volume') !== null ? { volume: v<number>(f, 'volume')! } : {}) }, fields: f, sheet });
  }

  // the documents' lists, with each record's cells recorded under its final path
  const doc = {
    format: FORMAT as typeof FORMAT, organizations: [...orgs.values()], products: [...r.newProducts.values()],
    // what it sells is not taken to be what it makes (a trader resells): no produces[] from a form
    supplies: [] as Supply[], needs: [] as Need[],
    surveys: [] as NonNullable<DatasetInput['surveys']>,
  };
  const record = (path: string, o: Origin | undefined) => { if (o?.cell) origins.set(path, o); };
  [...supplies.values()].forEach(({ supply, fields, sheet }, i) => {
    doc.supplies.push(supply);
    for (const [k, field] of [['from', sheet.layout.kind === 'sales' ? undefined : 'counterpartyName'], ['to', sheet.layout.kind === 'sales' ? 'counterpartyName' : undefined], ['value', 'value'], ['volume', 'volume'], ['year', 'year'], ['product', 'product']] as const) {
      record(`supplies[${i}].${k}`, field ? at(sheet, fields[field] ?? fields.counterpartyInn) : undefined);
    }
    record(`supplies[${i}]`, at(sheet, fields.value));
  });
  [...needs.values()].forEach(({ need, rows }, i) => {
    const shares = rows.map((x) => x.share);
    const total = need.value;
    // the product's import share: the one the form states, else weighted by value over the rows
    const stated = rows.find((x) => v(x.fields, 'importShare') !== null);
    const share = stated ? v<number>(stated.fields, 'importShare')
      : shares.every((s) => s !== null) ? rows.reduce((s, x) => s + x.share! * v<number>(x.fields, 'value')!, 0) / total : null;
    doc.needs.push({ ...need, ...(share !== null ? { importShare: share } : {}) });
    const first = rows[0]!;
    record(`needs[${i}]`, at(first.sheet, first.fields.product));
    record(`needs[${i}].value`, at(first.sheet, first.fields.value));
    record(`needs[${i}].product`, at(first.sheet, first.fields.product));
    record(`needs[${i}].importShare`, at((stated ?? first).sheet, (stated ?? first).fields.importShare));
    record(`needs[${i}].importCountries`, at(first.sheet, first.fields.country));
  });
  // Rows indexed once by the names and INNs they mention: looking every organization up in every row
  // made a 20 000-row form take minutes (quadratic).
  type Mention = { seq: number; sheet: ParsedSheet; row: ParsedRow; nameKey: string; innKey: string; inn: string | null };
  const byName = new Map<string, Mention[]>(), byInn = new Map<string, Mention[]>();
  const push = (m: Map<string, Mention[]>, k: string, x: Mention) => { const l = m.get(k); if (l) l.push(x); else m.set(k, [x]); };
  let seq = 0;
  for (const file of files) for (const sheet of file.sheets) for (const row of sheet.rows) {
    for (const [nameKey, innKey] of [['name', 'inn'], ['counterpartyName', 'counterpartyInn'], ['respondentName', 'respondentInn']] as const) {
      const n = v<string>(row.fields, nameKey), inn = v<string>(row.fields, innKey);
      const mention = { seq: seq++, sheet, row, nameKey, innKey, inn };
      if (inn) push(byInn, inn, mention);
      if (n) push(byName, n, mention);
    }
  }
  doc.organizations.forEach((o, i) => recordOrg(o, i));
  function recordOrg(o: Org, i: number) {
    // the rows that name o by INN or by name, in sheet order, each once
    const seen = new Set<number>();
    const mentions = [...(o.inn ? byInn.get(o.inn) ?? [] : []), ...(o.name ? byName.get(o.name) ?? [] : [])]
      .filter((m) => (seen.has(m.seq) ? false : (seen.add(m.seq), true))).sort((a, b) => a.seq - b.seq);
    for (const { sheet, row, nameKey, innKey, inn } of mentions) {
      if (!origins.has(`organizations[${i}]`)) record(`organizations[${i}]`, at(sheet, row.fields[nameKey] ?? row.fields[innKey]));
      if (inn && !origins.has(`organizations[${i}].inn`)) record(`organizations[${i}].inn`, at(sheet, row.fields[innKey]));
      if (nameKey === 'name') {
        for (const k of ['region', 'kind', 'priorityTerritory', 'name']) record(`organizations[${i}].${k}`, at(sheet, row.fields[k]));
      }
    }
    if (!o.financials?.length) return;
    for (const file of files) for (const sheet of file.sheets) {
      if (sheet.layout.kind !== 'organization' || !sheet.rows.length || respondents.get(o.id)?.cell !== sheet.rows[0]?.fields.name?.cell) continue;
      let j = 0;
      for (const fr of sheet.rows) if (v(fr.fields, 'output') !== null || v(fr.fields, 'purchases') !== null) {
        for (const k of ['output', 'purchases', 'year']) record(`organizations[${i}].financials[${j}].${k}`, at(sheet, fr.fields[k]));
        j++;
      }
    }
  }
  const firstProductRow = new Map<string, Origin>();
  for (const file of files) for (const sheet of file.sheets) for (const row of sheet.rows) {
    const name = v<string>(row.fields, 'product');
    if (name && !firstProductRow.has(name) && row.fields.product?.cell) firstProductRow.set(name, at(sheet, row.fields.product));
  }
  doc.products.forEach((p, i) => record(`products[${i}]`, firstProductRow.get(p.name)));
  [...respondents.entries()].forEach(([org, field], i) => {
    const participant = r.byId.get(org)?.participant ?? false;
    doc.surveys.push({ org, cluster, wave: (known.waves.get(org) ?? (participant ? 1 : 2)) as 1 | 2, received: today });
    const file = files.find((fl) => fl.sheets.some((s) => s.rows.some((row) => Object.values(row.fields).includes(field))));
    const sheet = file?.sheets.find((s) => s.rows.some((row) => Object.values(row.fields).includes(field)));
    if (sheet) record(`surveys[${i}]`, at(sheet, field));
  });
  const years = [...files.map((f) => f.meta.year), ...doc.supplies.map((s) => s.year)].filter((y): y is number => typeof y === 'number');
  return { doc: { ...doc, year: years.length ? Math.max(...years) : Number(today.slice(0, 4)) - 1 }, origins, warnings, problems, files: summaries };
}

function maxYear(rows: ParsedRow[]): number | null {
  const ys = rows.map((r) => r.fields.year?.value).filter((y): y is number => typeof y === 'number');
  return ys.length ? Math.max(...ys) : null;
}
