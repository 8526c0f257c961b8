import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { diagnoseStuckPage } from './stuck-diagnosis.ts';
import { heapAfterGc, metrics, readState, waitForQuiet } from './page-watch.ts';

/**
 * Loads pages in a browser with the real extension (and, for comparison, in one without it) and
 * reads what a user would feel: when the first highlight appears, the longest main-thread task,
 * the heap the page ends up using, and the main-thread time spent on appended content.
 */

export interface AppendSample {
  /**
   * Main-thread task time (ms) from appending the paragraphs until the page is quiet again:
   * everything the browser did, the extension's scan included (the run without the extension
   * gives the part that is the page's own layout).
   */
  taskMs: number;
  longestTask: number;
  /** Highlighted ranges the appended text added. */
  ranges: number;
}

export interface LoadSample {
  /** ms from navigation start; null when nothing was highlighted. */
  firstHighlight: number | null;
  /** Longest long task that started after DOMContentLoaded (the content script runs after it). */
  longestAfterDcl: number;
  heapBytes: number;
  ranges: number;
  /** Present when paragraphs were appended after the load. */
  append?: AppendSample;
}

/**
 * Loads `url` and waits until the page is quiet. With `paragraphs`, then appends them as `<p>`
 * elements at the end of its main content in one task (as an infinite-scroll feed does) and
 * measures the main-thread time until the page is quiet again.
 */
export async function measureLoad(
  context: BrowserContext,
  url: string,
  paragraphs?: readonly string[],
): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await waitForQuiet(cdp).catch(async (error: unknown) => {
      const state = await readState(page);
      throw new Error(
        `${(error as Error).message}: ${url}, first highlight ${state.firstHighlight ?? 'none'}, ` +
          `${state.highlightedRanges} ranges; ${await diagnoseStuckPage(cdp, 'Milia Lens')}`,
      );
    });
    const state = await readState(page);
    const after = state.longTasks.filter(([start]) => start >= state.domContentLoaded);
    const sample: LoadSample = {
      firstHighlight: state.firstHighlight,
      longestAfterDcl: Math.max(0, ...after.map(([, duration]) => duration)),
      heapBytes: await heapAfterGc(cdp),
      ranges: state.highlightedRanges,
    };
    if (paragraphs) sample.append = await append(page, cdp, paragraphs);
    return sample;
  } finally {
    await page.close();
  }
}

async function append(
  page: Page,
  cdp: CDPSession,
  paragraphs: readonly string[],
): Promise<AppendSample> {
  const before = await readState(page);
  const tasksBefore = (await metrics(cdp)).TaskDuration ?? 0;
  await page.evaluate((texts) => {
    const host =
      document.querySelector('article') ?? document.querySelector('main') ?? document.body;
    for (const text of texts) {
      const p = document.createElement('p');
      p.textContent = text;
      host.append(p);
    }
  }, paragraphs);
  await waitForQuiet(cdp);
  const tasksAfter = (await metrics(cdp)).TaskDuration ?? 0;
  const after = await readState(page);
  const known = new Set(before.longTasks.map(([start]) => start));
  const fresh = after.longTasks.filter(([start]) => !known.has(start));
  return {
    taskMs: (tasksAfter - tasksBefore) * 1000,
    longestTask: Math.max(0, ...fresh.map(([, duration]) => duration)),
    ranges: after.highlightedRanges - before.highlightedRanges,
  };
}

/**
 * `measureLoad`, tried once more when the page never went quiet, logged so a run shows when it
 * happened. Until 1 December the highlight poll itself kept pages busy on a loaded machine (see
 * `instrument`); a page that still does not settle is retried rather than losing the run.
 */
export async function measureLoadRetrying(
  context: BrowserContext,
  url: string,
  paragraphs: readonly string[] | undefined,
  log: (line: string) => void,
): Promise<LoadSample> {
  try {
    return await measureLoad(context, url, paragraphs);
  } catch (error) {
    log(`${(error as Error).message}; loading it once more`);
    return measureLoad(context, url, paragraphs);
  }
}
