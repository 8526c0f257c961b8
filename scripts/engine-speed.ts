/**
 * `node scripts/engine-speed.ts [ref] [--rounds=N] [--kind=milia-dense|unrelated] [--findings-may-differ]`: how much faster
 * (or slower) `detect` is in the working tree than at `ref` (default `main`). Both engines run in
 * one process, alternating (ABBA) on the same 1 MB generated text, so a busy moment of a shared
 * machine hits both sides alike; time is the process's CPU time, which other work on the machine
 * does not inflate. Prints each side's MB/s and the median of the per-round ratios.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPools } from './bench/corpus.ts';
import { ratioSummary, summarize, type Summary } from './bench/stats.ts';
import { generateText, type TextKind } from './bench/text-gen.ts';
import { extractRef, ROOT } from './engine-diff/extract-ref.ts';

type Detect = (text: string) => unknown[];

const args = process.argv.slice(2);
const ref = args.find((arg) => !arg.startsWith('--')) ?? 'main';
const rounds = Number(/--rounds=(\d+)/.exec(args.join(' '))?.[1] ?? 10);
const kind = (/--kind=([\w-]+)/.exec(args.join(' '))?.[1] ?? 'milia-dense') as TextKind;

/** The engine under `root`: the working tree, or the copy of `ref` this script extracted. */
async function loadDetect(root: string): Promise<Detect> {
  // eslint-disable-next-line no-unsanitized/method
  const module = (await import(resolve(root, 'src/engine/detect.ts'))) as { detect: Detect };
  return module.detect;
}

/** CPU milliseconds (user and system, every thread of the process) that `run` takes. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const work = extractRef(ref, 'engine-speed-');
const before = await loadDetect(work);
const after = await loadDetect(ROOT);
const text = generateText(kind, loadPools(), 1_000_000, 11);
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;

// Warm up both, and check they agree on the count at least (engine-diff checks the findings),
// unless the change is meant to find more or less (`--findings-may-differ`: detection work).
const mayDiffer = args.includes('--findings-may-differ');
for (let i = 0; i < 3; i += 1) {
  const counts = [before(text).length, after(text).length];
  if (counts[0] === counts[1]) continue;
  if (!mayDiffer) throw new Error(`findings differ: ${counts.join(' vs ')}`);
  if (i === 0) console.log(`findings: ${counts.join(' at ref, ')} in the working tree`);
}
const times: { before: number[]; after: number[] } = { before: [], after: [] };
for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
  for (const side of order) {
    const detect = side === 'before' ? before : after;
    times[side].push(cpuMs(() => detect(text)));
  }
}
rmSync(work, { recursive: true });

const rate = (ms: readonly number[]): Summary => summarize(ms.map((t) => megabytes / (t / 1000)));
const show = (s: Summary, unit: string) =>
  `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)}) ${unit}`;
console.log(`${kind}, ${megabytes.toFixed(2)} MB, ${rounds} alternating rounds, CPU time`);
console.log(`  ${ref.padEnd(12)} ${show(rate(times.before), 'MB/s')}`);
console.log(`  ${'working tree'.padEnd(12)} ${show(rate(times.after), 'MB/s')}`);
console.log(`  speed-up     ${show(ratioSummary(times.before, times.after), 'x')}`);
