import type { CDPSession, Page } from 'playwright-core';

/**
 * Instruments a page before any of its scripts (or the extension's) run, and reads the browser's
 * own counters through the DevTools protocol. Shared by the runs with and without the extension,
 * so both are measured by the same means.
 */

/**
 * Installed with addInitScript: records long tasks and, with `pollHighlights` (the browser with
 * the extension), when the first Milia Lens highlight appears. Without the extension no highlight
 * can come, so that browser is spared the poll's timer tasks.
 */
export function instrument(pollHighlights: boolean): void {
  const w = window as unknown as {
    __longTasks: [number, number][];
    __firstHighlight: number | null;
    __stopPolling: boolean;
  };
  w.__longTasks = [];
  w.__firstHighlight = null;
  w.__stopPolling = false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    for (const name of CSS.highlights.keys()) {
      if (name.startsWith('milia-lens-')) {
        w.__firstHighlight = performance.now();
        return;
      }
    }
    // Every 32 ms (two frames), not every 4: on a page where no highlight comes (the one
    // without skin words) the poll runs until the page is read. At 4 ms its own timer tasks
    // came to 7-15 ms per 250 ms on a busy machine, over `waitForQuiet`'s threshold, so such a
    // page never counted as quiet and the bench stopped (at 32 ms: 1.5-4.4 ms).
    if (!w.__stopPolling) setTimeout(poll, 32);
  };
  if (pollHighlights) poll();
}

export interface PageState {
  /** Long tasks as [start, duration], ms since navigation start. */
  longTasks: [number, number][];
  firstHighlight: number | null;
  domContentLoaded: number;
  highlightedRanges: number;
}

export function readState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __longTasks: [number, number][];
      __firstHighlight: number | null;
      __stopPolling: boolean;
    };
    w.__stopPolling = true;
    const nav = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    let highlightedRanges = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('milia-lens-')) highlightedRanges += h.size;
    });
    return {
      longTasks: w.__longTasks,
      firstHighlight: w.__firstHighlight,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
      highlightedRanges,
    };
  });
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * Waits until the page's main thread has been quiet (under 5 ms of tasks per 250 ms) for
 * three checks in a row: the extension's scan, done in slices, has then finished.
 */
export async function waitForQuiet(cdp: CDPSession, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = (await metrics(cdp)).TaskDuration ?? 0;
  let quiet = 0;
  while (quiet < 3) {
    if (Date.now() > end) throw new Error('page never went quiet');
    await new Promise((r) => setTimeout(r, 250));
    const now = (await metrics(cdp)).TaskDuration ?? 0;
    quiet = (now - last) * 1000 < 5 ? quiet + 1 : 0;
    last = now;
  }
}

/** Used JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? 0;
}
