// OCR damage in Russian text: Latin letters inside Cyrillic words (`гидropневматического`).

const CYR = /[А-Яа-яЁё]/;
const LAT = /[A-Za-z]/;
const WORD = /[A-Za-zА-Яа-яЁё]+/g;

// Two kinds of OCR damage: a Latin look-alike in place of a Cyrillic letter (о/o, р/p, с/c), and a
// transliterating OCR that writes Cyrillic by sound (`гидropневматического`: р→r, о→o, п→p).
// A word whose Latin letters are all look-alikes is read as the first kind, any other as the second.
const lookAlike: Record<string, string> = {
  A: 'А', a: 'а', B: 'В', C: 'С', c: 'с', E: 'Е', e: 'е', H: 'Н', K: 'К', k: 'к', M: 'М', O: 'О', o: 'о',
  P: 'Р', p: 'р', T: 'Т', X: 'Х', x: 'х', Y: 'У', y: 'у',
};
const bySound: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'х', y: 'ы', z: 'з',
};
const soundOf = (ch: string) => {
  const low = bySound[ch.toLowerCase()];
  return low === undefined ? ch : ch === ch.toLowerCase() ? low : low.toUpperCase();
};

/** Words that mix Latin and Cyrillic letters. */
export function mixedScriptWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => CYR.test(w) && LAT.test(w));
}

/** Replaces Latin letters inside mixed words by Cyrillic ones; reports each repaired word. */
export function repairMixedScript(text: string): { text: string; repairs: { from: string; to: string }[] } {
  const repairs: { from: string; to: string }[] = [];
  const repaired = text.replace(WORD, (w) => {
    if (!(CYR.test(w) && LAT.test(w))) return w;
    const latin = [...w].filter((ch) => LAT.test(ch));
    const map = latin.every((ch) => ch in lookAlike) ? (ch: string) => lookAlike[ch] ?? ch : soundOf;
    const fixed = [...w].map((ch) => (LAT.test(ch) ? map(ch) : ch)).join('');
    repairs.push({ from: w, to: fixed });
    return fixed;
  });
  return { text: repaired, repairs };
}
