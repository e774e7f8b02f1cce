// Organization names as people type them: «ООО "Ромашка"», Ромашка ООО, ОБЩЕСТВО С ОГРАНИЧЕННОЙ
// ОТВЕТСТВЕННОСТЬЮ «РОМАШКА» are one company. Also the ids a questionnaire gives to what it creates.

// Long forms first, so "публичное акционерное общество" goes before "акционерное общество".
const legalForms = [
  'общество с ограниченной ответственностью', 'публичное акционерное общество', 'непубличное акционерное общество',
  'закрытое акционерное общество', 'открытое акционерное общество', 'акционерное общество',
  'индивидуальный предприниматель', 'ооо', 'пао', 'зао', 'оао', 'нао', 'ао', 'ип',
];

/** The key two spellings of one name share: no quotes or legal form, lower case, е for ё, single spaces. */
export function normaliseName(name: string): string {
  let s = name.toLowerCase().replace(/ё/g, 'е').replace(/[«»"'“”„‘’`]/g, ' ').replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
  for (const form of legalForms) {
    s = s.replace(new RegExp(`(^|[\\s,.(])${form}(?=$|[\\s,.)])`, 'g'), ' ');
  }
  return s.replace(/[,.()]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const translit: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A readable id part from a Russian name (`Алюминиевые рондоли` → `alyuminievye-rondoli`). */
export function slug(text: string, maxLength = 40): string {
  const latin = [...text.toLowerCase()].map((ch) => translit[ch] ?? ch).join('');
  const s = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/, '');
  return s || 'x';
}

/** `base`, or `base-2`, `base-3`… — the first not yet taken. Marks the answer as taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  taken.add(id);
  return id;
}
