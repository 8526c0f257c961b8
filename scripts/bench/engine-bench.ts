import { detect } from '../../src/engine/detect.ts';
import { generateText, type SentencePools, type TextKind } from './text-gen.ts';
import { type Summary, summarize, timeMs } from './stats.ts';

/**
 * The engine benchmark (issue 3): throughput of `detect` in Node on milia-dense and on unrelated
 * text, and whether its time grows linearly (doubling the input at most doubles the time).
 */

export interface EngineResult {
  kind: TextKind;
  megabytes: number;
  /** MB/s over the runs (median is the figure). */
  mbPerSecond: Summary;
  /** time(2N) / time(N): median over median; min and max are the extremes the runs allow. */
  doubling: Summary;
  findings: number;
}

export interface EngineBenchOptions {
  pools: SentencePools;
  /** Characters of text per kind; the doubling check also scans twice as much. */
  chars?: number;
  runs?: number;
}

const KINDS: TextKind[] = ['milia-dense', 'unrelated'];

export function runEngineBench(options: EngineBenchOptions): EngineResult[] {
  const chars = options.chars ?? 1_000_000;
  const runs = options.runs ?? 5;
  return KINDS.map((kind) => {
    const text = generateText(kind, options.pools, chars, 11);
    // The doubled input is the same text twice over, so it holds exactly twice the work.
    const doubled = `${text}\n\n${text}`;
    const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
    let findings = 0;
    // Warm up: let the JIT compile the engine before timing it.
    for (let i = 0; i < 2; i += 1) findings = detect(text).length;
    const singles: number[] = [];
    const twices: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      singles.push(timeMs(() => detect(text)));
      twices.push(timeMs(() => detect(doubled)));
    }
    const single = summarize(singles);
    const twice = summarize(twices);
    return {
      kind,
      megabytes,
      mbPerSecond: summarize(singles.map((ms) => megabytes / (ms / 1000))),
      // Median over median: one garbage collection in one run must not decide the verdict.
      doubling: {
        median: twice.median / single.median,
        min: twice.min / single.max,
        max: twice.max / single.min,
        runs,
      },
      findings,
    };
  });
}
