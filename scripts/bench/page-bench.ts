import type { Browser, Page } from 'playwright-core';
import type { ProbeTiming } from './page-probe.ts';
import { ratioSummary, type Summary, summarize } from './stats.ts';

/**
 * A, B and C on one page, in the same browser and the same run (see page-probe.ts for what each
 * is). A and B alternate on one load of the page, so both see the same DOM and the same state of
 * the machine; C gets fresh loads of its own because mark.js changes the DOM it marks.
 */

export interface PageTarget {
  name: string;
  url: string;
  /**
   * Pairs of A and B: at least `runs`, then more while they fit in `pairBudgetMs` (at most
   * `maxRuns`), and runs of C (mark.js is slow: fewer on big pages).
   */
  runs: number;
  maxRuns: number;
  pairBudgetMs: number;
  markRuns: number;
  /** One unrecorded round first, so the JIT has compiled the walker and the engine. */
  warmUp: boolean;
}

export interface PageResult {
  name: string;
  bare: Summary;
  lens: Summary;
  /** The browser restyling the page for a run-time highlight stylesheet, which B no longer has. */
  restyle: Summary;
  mark: Summary;
  /** B/A and C/B, per run. */
  lensOverBare: Summary;
  markOverLens: Summary;
  textNodes: number;
  findings: number;
  marks: number;
  depth: number;
}

export interface Scripts {
  probe: string;
  markJs: string;
}

interface Probe {
  bare(): ProbeTiming;
  lens(): Promise<ProbeTiming>;
  mark(terms: string[]): ProbeTiming;
  depth(): number;
  restyle(): ProbeTiming;
  pageRules(): void;
}

async function open(page: Page, url: string, scripts: Scripts): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.addScriptTag({ content: scripts.markJs });
  await page.addScriptTag({ content: scripts.probe });
  // The extension's manifest CSS is in the page from the start; the probe is not the extension.
  await call(page, 'pageRules');
}

const call = <T>(page: Page, name: keyof Probe, arg?: unknown) =>
  page.evaluate(
    ([n, a]) =>
      (window as unknown as { __miliaBench: Record<string, (x: unknown) => T> }).__miliaBench[
        n as string
      ]!(a),
    [name, arg] as const,
  ) as Promise<T>;

export async function measurePage(
  browser: Browser,
  target: PageTarget,
  scripts: Scripts,
  vocabulary: string[],
): Promise<PageResult> {
  const page = await browser.newPage();
  try {
    await open(page, target.url, scripts);
    const depth = await call<number>(page, 'depth');
    const bare: ProbeTiming[] = [];
    const lens: ProbeTiming[] = [];
    if (target.warmUp) {
      await call(page, 'bare');
      await call(page, 'lens');
    }
    // A page B reads in a few milliseconds gets many pairs: one busy moment of a shared machine
    // can double either side of a pair, and with three pairs the median ratio moved between 1.1
    // and 1.9 from run to run on the 1 MB page without skin words.
    const pairsStart = performance.now();
    for (
      let i = 0;
      i < target.runs ||
      (i < target.maxRuns && performance.now() - pairsStart < target.pairBudgetMs);
      i += 1
    ) {
      bare.push(await call<ProbeTiming>(page, 'bare'));
      lens.push(await call<ProbeTiming>(page, 'lens'));
    }
    const restyle: ProbeTiming[] = [];
    for (let i = 0; i < target.runs; i += 1) restyle.push(await call<ProbeTiming>(page, 'restyle'));
    const mark: ProbeTiming[] = [];
    for (let i = 0; i < target.markRuns; i += 1) {
      await open(page, target.url, scripts);
      mark.push(await call<ProbeTiming>(page, 'mark', vocabulary));
    }
    const a = bare.map((t) => t.ms);
    const b = lens.map((t) => t.ms);
    const c = mark.map((t) => t.ms);
    const lensMedian = summarize(b).median;
    return {
      name: target.name,
      bare: summarize(a),
      lens: summarize(b),
      restyle: summarize(restyle.map((t) => t.ms)),
      mark: summarize(c),
      lensOverBare: ratioSummary(b, a),
      // mark.js runs on loads of its own, so C/B compares each C with the median B.
      markOverLens: summarize(c.map((ms) => ms / lensMedian)),
      textNodes: bare[0]?.count ?? 0,
      findings: lens[0]?.count ?? 0,
      marks: mark[0]?.count ?? 0,
      depth,
    };
  } finally {
    await page.close();
  }
}
