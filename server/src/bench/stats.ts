// Timing and summary statistics for the benchmark harness. Times are milliseconds from
// performance.now(); percentiles use the nearest-rank method on the sorted samples.
import { performance } from 'node:perf_hooks';

export interface Summary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    n,
    mean: n === 0 ? Number.NaN : sorted.reduce((sum, x) => sum + x, 0) / n,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
  };
}

/** Runs `work` and returns its result with the elapsed milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** A named series of samples, filled during a run and summarised at the end. */
export class Series {
  readonly samples: number[] = [];
  constructor(readonly name: string) {}
  add(ms: number): void {
    this.samples.push(ms);
  }
  summary(): Summary {
    return summarize(this.samples);
  }
}

export const ms = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const ratio = (value: number, digits = 2): string => (Number.isFinite(value) ? `${value.toFixed(digits)}×` : '–');
export const percent = (value: number, digits = 1): string => (Number.isFinite(value) ? `${(value * 100).toFixed(digits)} %` : '–');

/** Deterministic in-place Fisher–Yates shuffle with the given PRNG. */
export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
