import type { EngineResult } from './engine-bench.ts';
import type { Row } from './report.ts';

/** Targets from the engine issue: throughput per kind of text, and linear growth. */
const MIN_MB_PER_S = { 'milia-dense': 20, unrelated: 100, 'no-skin': 100 } as const;
const MAX_DOUBLING = 2.2;

export function engineRows(results: readonly EngineResult[]): Row[] {
  return results.flatMap((r) => [
    {
      section: 'engine (Node)',
      label: `detect on ${r.kind} text`,
      note: `${r.megabytes.toFixed(1)} MB, ${r.findings} findings`,
      unit: 'MB/s',
      figure: r.mbPerSecond,
      target: { op: '>=', value: MIN_MB_PER_S[r.kind] },
    },
    {
      section: 'engine (Node)',
      label: `time(2N)/time(N) on ${r.kind} text`,
      unit: 'x',
      figure: r.doubling,
      target: { op: '<=', value: MAX_DOUBLING },
    },
  ]);
}
