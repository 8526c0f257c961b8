/**
 * Runs a long piece of work in slices so the page stays responsive: items are taken from an
 * iterator until the time budget for the slice is spent, then the loop yields to the event loop
 * (scheduler.yield where the browser has it, else a zero-delay timeout) before going on. A slice
 * overruns its budget by at most one item, so a page scan never makes a long task however big
 * the page is.
 */

export interface ChunkOptions {
  /** Milliseconds of work per slice. */
  budgetMs?: number;
  /** Stops the run between items. */
  signal?: AbortSignal;
  /** The clock, in ms; `sliceNow` when not given. */
  now?: () => number;
  /** Gives the event loop a turn. */
  yieldToEventLoop?: () => Promise<void>;
  /**
   * When the current slice began, shared by consecutive runs: a scan of 1,000 appended
   * paragraphs is 1,000 short runs, which must not each start a fresh slice (together they
   * were one 230 ms task).
   */
  slice?: SliceClock;
}

export interface SliceClock {
  /** Read from the run's clock (`sliceNow`, unless the run is given another). */
  start: number;
}

/** Default slice: well under the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

/**
 * Feeds every item of `items` to `handle`, slice by slice. Resolves true when all items were
 * handled, false when the signal stopped it first.
 */
export async function runChunked<T>(
  items: Iterator<T>,
  handle: (item: T) => void,
  options: ChunkOptions = {},
): Promise<boolean> {
  const budget = options.budgetMs ?? SLICE_MS;
  const now = options.now ?? sliceNow;
  const pause = options.yieldToEventLoop ?? yieldToEventLoop;
  const slice = options.slice ?? { start: now() };
  // A clock set back (`sliceNow` is the wall clock) ends the slice rather than stretching it.
  const spent = () => {
    const elapsed = now() - slice.start;
    return elapsed >= budget || elapsed < 0;
  };
  const nextSlice = async () => {
    await pause();
    slice.start = now();
  };
  for (;;) {
    if (options.signal?.aborted) return false;
    const next = items.next();
    if (next.done) return true;
    // Taking an item can be work of its own: the collector reads a block when asked for the
    // next one, and in Firefox reading a 10 MB text node is a copy of about 20 ms. The item then
    // waits for a fresh slice, so reading it and handling it are not one long task.
    if (spent()) {
      await nextSlice();
      if (options.signal?.aborted) return false;
    }
    handle(next.value);
    if (spent()) await nextSlice();
  }
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}

/**
 * The clock slices are timed by (ms), read twice per block a scan reads. `performance.now()`
 * costs Chromium 0.4 to 1.4 µs a call in a page that is not cross-origin isolated (the time is
 * coarsened and jittered), so on a page of 5,000 one-line blocks the clock alone came to several
 * milliseconds, and to tens on a table of 100,000 cells; `Date.now()` costs a tenth of that.
 * Its millisecond steps are fine for an 8 ms slice, and as the wall clock it can be set back,
 * which only ends a slice early (see `spent`).
 */
export const sliceNow = (): number => Date.now();
