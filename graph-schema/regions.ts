// The 89 subjects of the Russian Federation, named as the 2025 atlas names them, and the one function
// that maps the spellings met in the registry, the atlas rating and imported data onto those names
// (`г. Москва` / `Москва`, `Республика Татарстан (Татарстан)`, `Чувашская Республика - Чувашия`,
// `Кемеровская область — Кузбасс`, `Татарстан Респ`, Latin look-alike letters from OCR).
import type { Dataset } from './dataset.js';
import type { Problem } from './problems.js';
import { repairMixedScript } from './text.js';

export const subjects: readonly string[] = [
  // republics (24)
  'Республика Адыгея', 'Республика Алтай', 'Республика Башкортостан', 'Республика Бурятия', 'Республика Дагестан',
  'Донецкая Народная Республика', 'Республика Ингушетия', 'Кабардино-Балкарская Республика', 'Республика Калмыкия',
  'Карачаево-Черкесская Республика', 'Республика Карелия', 'Республика Коми', 'Республика Крым',
  'Луганская Народная Республика', 'Республика Марий Эл', 'Республика Мордовия', 'Республика Саха (Якутия)',
  'Республика Северная Осетия - Алания', 'Республика Татарстан', 'Республика Тыва', 'Удмуртская Республика',
  'Республика Хакасия', 'Чеченская Республика', 'Чувашская Республика',
  // krais (9)
  'Алтайский край', 'Забайкальский край', 'Камчатский край', 'Краснодарский край', 'Красноярский край', 'Пермский край',
  'Приморский край', 'Ставропольский край', 'Хабаровский край',
  // oblasts (48)
  'Амурская область', 'Архангельская область', 'Астраханская область', 'Белгородская область', 'Брянская область',
  'Владимирская область', 'Волгоградская область', 'Вологодская область', 'Воронежская область', 'Запорожская область',
  'Ивановская область', 'Иркутская область', 'Калининградская область', 'Калужская область', 'Кемеровская область',
  'Кировская область', 'Костромская область', 'Курганская область', 'Курская область', 'Ленинградская область',
  'Липецкая область', 'Магаданская область', 'Московская область', 'Мурманская область', 'Нижегородская область',
  'Новгородская область', 'Новосибирская область', 'Омская область', 'Оренбургская область', 'Орловская область',
  'Пензенская область', 'Псковская область', 'Ростовская область', 'Рязанская область', 'Самарская область',
  'Саратовская область', 'Сахалинская область', 'Свердловская область', 'Смоленская область', 'Тамбовская область',
  'Тверская область', 'Томская область', 'Тульская область', 'Тюменская область', 'Ульяновская область',
  'Херсонская область', 'Челябинская область', 'Ярославская область',
  // cities of federal significance (3), the autonomous oblast (1), autonomous okrugs (4)
  'Москва', 'Санкт-Петербург', 'Севастополь',
  'Еврейская автономная область',
  'Ненецкий автономный округ', 'Ханты-Мансийский автономный округ - Югра', 'Чукотский автономный округ',
  'Ямало-Ненецкий автономный округ',
];

// Short and everyday names people write instead of the official one.
const aliases: Record<string, string> = {
  'Башкирия': 'Республика Башкортостан', 'Якутия': 'Республика Саха (Якутия)', 'Северная Осетия': 'Республика Северная Осетия - Алания',
  'Алания': 'Республика Северная Осетия - Алания', 'Чувашия': 'Чувашская Республика', 'Удмуртия': 'Удмуртская Республика',
  'Чечня': 'Чеченская Республика', 'Кабардино-Балкария': 'Кабардино-Балкарская Республика',
  'Карачаево-Черкесия': 'Карачаево-Черкесская Республика', 'ДНР': 'Донецкая Народная Республика',
  'ЛНР': 'Луганская Народная Республика', 'Крым': 'Республика Крым', 'Кузбасс': 'Кемеровская область',
  'Югра': 'Ханты-Мансийский автономный округ - Югра', 'ХМАО': 'Ханты-Мансийский автономный округ - Югра',
  'ХМАО - Югра': 'Ханты-Мансийский автономный округ - Югра', 'Ханты-Мансийский автономный округ': 'Ханты-Мансийский автономный округ - Югра',
  'ЯНАО': 'Ямало-Ненецкий автономный округ', 'НАО': 'Ненецкий автономный округ', 'ЕАО': 'Еврейская автономная область',
  'Чукотка': 'Чукотский автономный округ', 'СПб': 'Санкт-Петербург', 'Петербург': 'Санкт-Петербург', 'Тыва': 'Республика Тыва',
  'Тува': 'Республика Тыва', 'Республика Тува': 'Республика Тыва', 'Приморье': 'Приморский край', 'Ставрополье': 'Ставропольский край',
};

// Words that say what kind of place it is but never tell two subjects apart, and abbreviations.
const dropWords = new Set(['г', 'гор', 'город', 'федерального', 'значения']);
const expand: Record<string, string> = { обл: 'область', респ: 'республика', ао: 'автономный округ' };

/** Spelling-independent key: repaired script, lower case, е for ё, no punctuation, words in order. */
function key(text: string): string {
  const words = repairMixedScript(text).text.toLowerCase().replace(/ё/g, 'е')
    .replace(/[^a-zа-я0-9]+/g, ' ').trim().split(' ')
    .flatMap((w) => (expand[w] ?? w).split(' '))
    .filter((w) => w && !dropWords.has(w));
  // Sorted, so `Татарстан Респ` and `Республика Татарстан` meet.
  return words.sort().join(' ');
}

const byKey = new Map<string, string>();
for (const name of subjects) {
  byKey.set(key(name), name);
  const bare = name.replace(/\s*\([^)]*\)/g, '');
  byKey.set(key(bare), name);
  const inner = /\(([^)]*)\)/.exec(name)?.[1];
  if (inner) byKey.set(key(inner), name);
  // `Татарстан` for `Республика Татарстан`.
  if (bare.startsWith('Республика ')) byKey.set(key(bare.slice('Республика '.length)), name);
}
for (const [alias, name] of Object.entries(aliases)) byKey.set(key(alias), name);

/**
 * The canonical name of a subject of the Russian Federation, or undefined when the text names none.
 * Tries the whole text, then without parenthesised parts, then each parenthesised part and each side of
 * a spaced dash (`Чувашская Республика - Чувашия`, `Кемеровская область — Кузбасс`).
 */
export function normaliseRegion(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const bare = text.replace(/\s*\([^)]*\)/g, ' ');
  const inner = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const sides = bare.split(/\s+[-‐‑‒–—―]\s+|\s*[–—―]\s*/);
  for (const candidate of [text, bare, ...inner, ...sides]) {
    const found = byKey.get(key(candidate));
    if (found) return found;
  }
  return undefined;
}

/**
 * Rewrites the regions of a dataset's clusters and organizations to canonical subject names, in place,
 * so the registry, the atlas rating and imported data meet on one Region node. A name that is no
 * subject is kept as written (nothing is lost) with a warning: it stays out of the regions view.
 */
export function normaliseDatasetRegions(doc: Dataset): Problem[] {
  const warnings: Problem[] = [];
  const canonical = (path: string, raw: string) => {
    const name = normaliseRegion(raw);
    if (name) return name;
    warnings.push({ path, value: raw, message: `"${raw}" is not a subject of the Russian Federation: kept as written, it will not appear in the regions view` });
    return raw.trim();
  };
  doc.clusters.forEach((c, i) => {
    c.regions = [...new Set(c.regions.map((r, j) => canonical(`clusters[${i}].regions[${j}]`, r)))];
  });
  doc.organizations.forEach((o, i) => {
    if (o.region != null) o.region = canonical(`organizations[${i}].region`, o.region);
  });
  return warnings;
}
