import { chromium } from 'playwright-core';
import { launchExtension } from '../lib/launch-extension.ts';
import { serveDirectory } from '../lib/static-server.ts';
import { type LoadSample, measureLoadRetrying } from './extension-bench.ts';
import { measurePage, type PageResult } from './page-bench.ts';
import type { BenchPage } from './page-gen.ts';
import { writePages } from './page-files.ts';
import type { AppendResult, ExtensionPageResult } from './page-rows.ts';
import { instrument } from './page-watch.ts';
import { buildProbe, markJsSource } from './probe-bundle.ts';
import { summarize } from './stats.ts';
import { SKIN_VOCABULARY } from './vocabulary.ts';

/**
 * Runs every page measurement: A/B/C in a browser without the extension (the probe brings
 * Milia Lens's code itself), then loads with the real extension and without it, then the append
 * test. Big pages get fewer repetitions so the whole run stays within minutes on two cores.
 */

export interface PageRunOptions {
  chromium: string;
  extensionDir: string;
  pages: BenchPage[];
  appendParagraphs: string[];
  /** Which page the 1,000 paragraphs are appended to. */
  appendPage: string;
  /** Multiplies every repetition count (at least one run each). */
  repeat?: number;
  log?: (line: string) => void;
}

export interface PageRunResults {
  pages: PageResult[];
  extension: ExtensionPageResult[];
  /** Absent when the page it appends to was left out (`--only`). */
  append?: AppendResult;
}

const isBig = (page: BenchPage) => page.name.includes('10 MB');
const runs = (n: number, repeat: number) => Math.max(1, Math.round(n * repeat));
/** mark.js takes minutes on a 10 MB page, so C is measured on the smaller pages only. */
const markRuns = (page: BenchPage, repeat: number) => (isBig(page) ? 0 : runs(1, repeat));
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

export async function runPages(options: PageRunOptions): Promise<PageRunResults> {
  const log = options.log ?? (() => {});
  const repeat = options.repeat ?? 1;
  const server = await serveDirectory(writePages(options.pages));
  const url = (file: string) => `${server.url}${file}`;
  try {
    const scripts = { probe: await buildProbe(), markJs: markJsSource() };
    const browser = await chromium.launch({ executablePath: options.chromium, args: ARGS });
    const pages: PageResult[] = [];
    try {
      for (const page of options.pages) {
        log(`A/B/C: ${page.name}`);
        const target = {
          name: page.name,
          url: url(page.file),
          runs: runs(isBig(page) ? 2 : 3, repeat),
          maxRuns: runs(15, repeat),
          pairBudgetMs: 4000 * repeat,
          warmUp: !isBig(page),
          markRuns: markRuns(page, repeat),
        };
        pages.push(await measurePage(browser, target, scripts, SKIN_VOCABULARY));
      }
    } finally {
      await browser.close();
    }

    const ext = await launchExtension({ extensionDir: options.extensionDir });
    const plain = await chromium.launchPersistentContext('', {
      executablePath: options.chromium,
      args: ARGS,
    });
    try {
      await ext.context.addInitScript(instrument, true);
      await plain.addInitScript(instrument, false);
      const extension: ExtensionPageResult[] = [];
      const appendTo = options.pages.find((p) => p.name === options.appendPage);
      const appendCosts: { onPage: number[]; alone: number[]; longest: number[] } = {
        onPage: [],
        alone: [],
        longest: [],
      };
      for (const page of options.pages) {
        log(`with and without the extension: ${page.name}`);
        const paragraphs = page === appendTo ? options.appendParagraphs : undefined;
        const withExt: LoadSample[] = [];
        const without: LoadSample[] = [];
        for (let i = 0; i < runs(2, repeat); i += 1) {
          withExt.push(await measureLoadRetrying(ext.context, url(page.file), paragraphs, log));
          without.push(await measureLoadRetrying(plain, url(page.file), paragraphs, log));
        }
        extension.push(extensionResult(page.name, withExt, without));
        if (paragraphs) {
          log('appending the same paragraphs to an empty page');
          appendCosts.onPage.push(...appendCost(withExt, without));
          appendCosts.longest.push(...withExt.map((s) => s.append?.longestTask ?? 0));
          for (let i = 0; i < runs(2, repeat); i += 1) {
            const alone = await measureLoadRetrying(
              ext.context,
              url('empty.html'),
              paragraphs,
              log,
            );
            const base = await measureLoadRetrying(plain, url('empty.html'), paragraphs, log);
            appendCosts.alone.push(...appendCost([alone], [base]));
          }
        }
      }
      const append: AppendResult | undefined = appendTo && {
        page: appendTo.name,
        onPage: summarize(appendCosts.onPage),
        alone: summarize(appendCosts.alone),
        longestTask: summarize(appendCosts.longest),
      };
      return { pages, extension, append };
    } finally {
      await ext.close();
      await plain.close();
    }
  } finally {
    await server.close();
  }
}

/** The extension's share of the main-thread time spent on appended text, per pair of runs. */
function appendCost(withExt: LoadSample[], without: LoadSample[]): number[] {
  return withExt.map((s, i) => (s.append?.taskMs ?? 0) - (without[i]?.append?.taskMs ?? 0));
}

function extensionResult(
  name: string,
  withExt: LoadSample[],
  without: LoadSample[],
): ExtensionPageResult {
  const firstHighlights = withExt
    .map((s) => s.firstHighlight)
    .filter((t): t is number => t !== null);
  return {
    name,
    firstHighlight: summarize(firstHighlights),
    longestTask: summarize(withExt.map((s) => s.longestAfterDcl)),
    longestTaskWithout: summarize(without.map((s) => s.longestAfterDcl)),
    heapGrowthMb: summarize(
      withExt.map((s, i) => (s.heapBytes - (without[i]?.heapBytes ?? 0)) / 1e6),
    ),
  };
}
