// Russian taxpayer number (ИНН) check digits, per the Federal Tax Service algorithm.
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function check(digits: number[], weights: number[]): number {
  return (weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11) % 10;
}

export type InnProblem = 'format' | 'checkDigit' | null;

export function innProblem(inn: string): InnProblem {
  if (!/^(\d{10}|\d{12})$/.test(inn)) return 'format';
  const d = [...inn].map(Number);
  if (d.length === 10) return check(d, W10) === d[9] ? null : 'checkDigit';
  return check(d, W11) === d[10] && check(d, W12) === d[11] ? null : 'checkDigit';
}

/** Completes 9 (or 10) leading digits into a valid 10 (or 12) digit INN: for builders and generators. */
export function withCheckDigits(prefix: string): string {
  const d = [...prefix].map(Number);
  if (d.length === 9) return prefix + check(d, W10);
  if (d.length === 10) {
    const d11 = check(d, W11);
    return prefix + d11 + check([...d, d11], W12);
  }
  throw new Error(`INN prefix must have 9 or 10 digits, got ${prefix.length}`);
}
