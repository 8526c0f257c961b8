import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { detect } from '../../../src/engine/detect.ts';
import { longTasks, startTrace, type TaskShare } from './extension-tasks.ts';
import { domFingerprint, type FrameReport, frameReport, installProbe } from './hostile-probes.ts';
import { watchErrors } from './watch-errors.ts';

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
  page: Page;
  frames: FrameResult[];
  errors: string[];
  /** Main-thread tasks over 50 ms while the page loaded and settled, with the extension's share. */
  tasks: TaskShare[];
}

/** Every context that loads hostile pages gets the probe before any page script runs. */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(installProbe);
}

/** Waits for every frame to finish its own work, then for the highlights to stop changing. */
async function settle(page: Page, timeout = 30_000): Promise<void> {
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

function safeReport(frame: Frame): Promise<FrameReport | null> {
  return readReport(frame).catch(() => null);
}

async function readReport(frame: Frame): Promise<FrameReport> {
  return JSON.parse(await frame.evaluate(frameReport)) as FrameReport;
}

async function collect(page: Page): Promise<FrameResult[]> {
  const frames: FrameResult[] = [];
  for (const frame of page.frames()) {
    frames.push({
      url: frame.url(),
      report: await readReport(frame),
      dom: JSON.parse(await frame.evaluate(domFingerprint)) as FrameResult['dom'],
    });
  }
  return frames.sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * Opens `url` in `context` (prepared) and returns once it has settled. With `extensionOrigin`,
 * the load is traced and each long task's extension share measured.
 */
export async function loadHostile(
  context: BrowserContext,
  url: string,
  extensionOrigin?: string,
): Promise<HostileRun> {
  const watch = watchErrors(context);
  const page = await context.newPage();
  watch.watch(page);
  const stop = extensionOrigin ? await startTrace(page) : null;
  let events;
  try {
    await page.goto(url);
    await settle(page);
  } finally {
    events = await stop?.();
  }
  const tasks = events ? longTasks(events, extensionOrigin!) : [];
  return { page, frames: await collect(page), errors: watch.errors, tasks };
}

/** What the engine finds in the blocks a page declared, as `severity|text`, sorted. */
export function expectedFindings(blocks: string[]): string[] {
  return blocks.flatMap((b) => detect(b).map((f) => `${f.severity}|${f.text}`)).sort();
}
