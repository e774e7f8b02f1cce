// The one place that turns numbers into text: roubles, shares, counts, years and CSV cells.
//
// Typography (decided once, here):
// - Russian digit groups are separated by U+202F NARROW NO-BREAK SPACE — a thin space that never
//   breaks a line («4 686 000 000 ₽»); English uses a comma («4,686,000,000 ₽»).
// - A unit after a number (₽, %, млрд) is joined by U+00A0 NO-BREAK SPACE in Russian («27,2 %»,
//   «4,69 млрд ₽»); English writes «27.2%» and «4.69 bn ₽».
// - A missing figure is «н/д» / «n/a», never 0 (the API sends null when a share cannot be computed).
export type Lang = 'ru' | 'en';

export const THIN = '\u202f';
export const NBSP = '\u00a0';

type Num = number | null | undefined;

const missing = (v: Num): v is null | undefined => v === null || v === undefined || !Number.isFinite(v);

export function na(lang: Lang): string {
  return lang === 'ru' ? 'н/д' : 'n/a';
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** A number with digit groups and the language's decimal mark, `decimals` fraction digits. */
export function formatNumber(value: Num, lang: Lang, decimals = 0): string {
  if (missing(value)) return na(lang);
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const grouped = groupDigits(int, lang === 'ru' ? THIN : ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? '−' : '') + grouped + (frac ? (lang === 'ru' ? ',' : '.') + frac : '');
}

/** Roubles in full: «4 686 000 000 ₽» / «4,686,000,000 ₽». */
export function formatRub(value: Num, lang: Lang): string {
  if (missing(value)) return na(lang);
  return `${formatNumber(Math.round(value), lang)}${NBSP}₽`;
}

const scales: { [L in Lang]: Array<[number, string]> } = {
  ru: [[1e12, 'трлн'], [1e9, 'млрд'], [1e6, 'млн'], [1e3, 'тыс.']],
  en: [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']],
};

/** Roubles where space is tight, three significant digits: «4,69 млрд ₽» / «4.69 bn ₽». */
export function formatRubCompact(value: Num, lang: Lang): string {
  if (missing(value)) return na(lang);
  const abs = Math.abs(value);
  const units = scales[lang];
  for (let i = 0; i < units.length; i++) {
    const [size, name] = units[i]!;
    if (abs < size) continue;
    const n = abs / size;
    const decimals = n >= 100 ? 0 : n >= 10 ? 1 : 2;
    const rounded = Number(n.toFixed(decimals));
    // 999,6 млн rounds to «1 000 млн»: say «1,00 млрд» instead.
    if (rounded >= 1000 && i > 0) return formatRubCompact(Math.sign(value) * units[i - 1]![0], lang);
    return `${formatNumber(Math.sign(value) * rounded, lang, decimals)}${NBSP}${name}${NBSP}₽`;
  }
  return formatRub(value, lang);
}

/** A share (fraction 0..1) as a percentage with one decimal: «27,2 %» / «27.2%». */
export function formatShare(share: Num, lang: Lang): string {
  if (missing(share)) return na(lang);
  const pct = formatNumber(share * 100, lang, 1);
  return lang === 'ru' ? `${pct}${NBSP}%` : `${pct}%`;
}

export function formatCount(value: Num, lang: Lang): string {
  return formatNumber(missing(value) ? value : Math.round(value), lang);
}

export function formatYear(year: Num, lang: Lang): string {
  return missing(year) ? na(lang) : String(Math.trunc(year));
}

const countryNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name from its ISO 3166-1 alpha-2 code («CN» → «Китай» / «China»); the code if unknown. */
export function formatCountry(code: string | null | undefined, lang: Lang): string {
  if (!code) return na(lang);
  if (!countryNames.has(lang)) {
    try { countryNames.set(lang, new Intl.DisplayNames([lang], { type: 'region' })); } catch { countryNames.set(lang, null); }
  }
  try { return countryNames.get(lang)?.of(code.toUpperCase()) ?? code; } catch { return code; }
}

/** A calendar date: «25.11.2025» / «2025-11-25». */
export function formatDate(date: Date, lang: Lang): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const [y, m, d] = [date.getFullYear(), p(date.getMonth() + 1), p(date.getDate())];
  return lang === 'ru' ? `${d}.${m}.${y}` : `${y}-${m}-${d}`;
}

/**
 * A number in a CSV cell, for the spreadsheet to read as a number: no digit groups, the decimal
 * mark of the language (Russian Excel reads «0,2724» with the «;» separator), empty when missing.
 */
export function csvNumber(value: Num, lang: Lang): string {
  if (missing(value)) return '';
  const s = String(Number(value.toPrecision(12)));
  return lang === 'ru' ? s.replace('.', ',') : s;
}

/** A number typed by a person: «50 000 000», «50000000», «0,5» or «0.5»; null when not a number. */
export function parseNumber(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f\u2009_]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}
