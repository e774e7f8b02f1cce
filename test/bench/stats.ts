// Small figures helpers for the benchmark.

/** The p-th percentile (nearest rank) of a list of numbers; NaN for an empty list. */
export function pct(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

/** Milliseconds since `t0` (performance.now()). */
export const since = (t0: number) => performance.now() - t0;

/** Times one call. */
export async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, since(t0)];
}

/** Up to `n` items spread evenly over the list (the same every run). */
export function spread<T>(xs: T[], n: number): T[] {
  if (xs.length <= n) return xs;
  return Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]!);
}

/** Peak resident set size of this process so far, in MiB (the kernel's high-water mark). */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
