/** Summaries of repeated timings: the median is the figure, min and max show the spread. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0)
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}

/**
 * The ratio of two measured quantities, as a summary: median over the per-run ratios when both
 * were measured in the same runs (pairs share the machine's state at that moment), so noise that
 * hits both halves of a pair cancels out.
 */
export function ratioSummary(top: readonly number[], bottom: readonly number[]): Summary {
  const n = Math.min(top.length, bottom.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i += 1) ratios.push((top[i] as number) / (bottom[i] as number));
  return summarize(ratios);
}

/** Milliseconds taken by `run`, with the high-resolution clock. */
export function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
