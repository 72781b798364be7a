/** Small statistics and formatting helpers for the benchmark. */

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: with fewer than 100 samples, p99 is the maximum.
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[rank]!;
}

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);
export const p99 = (xs: readonly number[]): number => quantile(xs, 0.99);

export interface Dist {
  n: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
}

export function dist(xs: readonly number[]): Dist {
  return { n: xs.length, median: median(xs), p90: quantile(xs, 0.9), p99: p99(xs), max: xs.length ? Math.max(...xs) : NaN };
}

export function ms(x: number | undefined): string {
  if (x === undefined || Number.isNaN(x)) return '—';
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`;
}

export interface Verdict {
  /** What is compared, e.g. "p99 < 30 ms". */
  target: string;
  pass: boolean;
  /** measured / limit: above 1 misses an upper bound, below 1 misses a lower bound. */
  ratio: number;
}

/** measured must be below `limit` (or at most, with `inclusive`). */
export function below(measured: number, limit: number, target: string, inclusive = false): Verdict {
  return { target, pass: inclusive ? measured <= limit : measured < limit, ratio: measured / limit };
}

/** measured must be at least `limit` (the ratio is still measured / limit: below 1 is a miss here). */
export function atLeast(measured: number, limit: number, target: string): Verdict {
  return { target, pass: measured >= limit, ratio: measured / limit };
}

export function verdictText(v: Verdict | undefined): string {
  if (!v) return '';
  return `${v.pass ? 'PASS' : 'MISS'} ${v.target} (measured/limit ${v.ratio.toFixed(2)})`;
}
