import { setTimeout as sleep } from 'node:timers/promises';
import { detect } from '../../../src/engine/detect.ts';
import type { DriverFrame, DriverPage, ExtensionBrowser, PlainBrowser } from './driver.ts';
import type { TaskShare } from './extension-tasks.ts';
import { domFingerprint, type FrameReport, frameReport, installProbe } from './hostile-probes.ts';

/**
 * Loads hostile pages and gathers what the hostile-page tests judge: what each frame shows,
 * what it expected, a fingerprint of its DOM, timings, and every error.
 */
export interface FrameResult {
  url: string;
  report: FrameReport;
  dom: { hash: number; length: number };
}

export interface HostileRun {
  page: DriverPage;
  frames: FrameResult[];
  /** Errors in the page and the extension so far (read it again after acting on the page). */
  readonly errors: string[];
  /** Main-thread tasks over 50 ms while the page loaded and settled, with the extension's share. */
  tasks: TaskShare[];
}

/** Waits for every frame to finish its own work, then for the highlights to stop changing. */
async function settle(page: DriverPage, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = '';
  let stable = 0;
  while (Date.now() < deadline) {
    const reports = await Promise.all(page.frames().map((f) => safeReport(f)));
    const key = JSON.stringify(reports.map((r) => (r ? [r.ready, r.found.length] : null)));
    const ready = reports.every((r) => r?.ready);
    stable = ready && key === last ? stable + 1 : 0;
    last = key;
    if (stable >= 4) return;
    await sleep(250);
  }
  throw new Error(`the page did not settle within ${timeout} ms`);
}

function safeReport(frame: DriverFrame): Promise<FrameReport | null> {
  return readReport(frame).catch(() => null);
}

async function readReport(frame: DriverFrame): Promise<FrameReport> {
  return JSON.parse(await frame.evaluate(frameReport, undefined)) as FrameReport;
}

async function collect(page: DriverPage): Promise<FrameResult[]> {
  const frames: FrameResult[] = [];
  for (const frame of page.frames()) {
    frames.push({
      url: frame.url(),
      report: await readReport(frame),
      dom: JSON.parse(await frame.evaluate(domFingerprint, undefined)) as FrameResult['dom'],
    });
  }
  return frames.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Opens `url` in `browser`, the probe installed before any page script, and returns once it has
 * settled. With the extension installed, the load is traced and each long task's extension
 * share measured.
 */
export async function loadHostile(
  browser: ExtensionBrowser | PlainBrowser,
  url: string,
): Promise<HostileRun> {
  const page = await browser.newPage({ initScript: installProbe });
  const stop = 'traceExtensionTasks' in browser ? await browser.traceExtensionTasks(page) : null;
  let tasks: TaskShare[] = [];
  try {
    await page.goto(url);
    await settle(page);
  } finally {
    tasks = (await stop?.()) ?? [];
  }
  const extensionErrors = 'errors' in browser ? browser.errors : [];
  return {
    page,
    frames: await collect(page),
    get errors() {
      return [...page.errors, ...extensionErrors];
    },
    tasks,
  };
}

/** What the engine finds in the blocks a page declared, as `severity|text`, sorted. */
export function expectedFindings(blocks: string[]): string[] {
  return blocks.flatMap((b) => detect(b).map((f) => `${f.severity}|${f.text}`)).sort();
}
