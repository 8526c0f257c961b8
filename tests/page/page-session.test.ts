import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import { ENGINE_MODULE, type EngineModule } from '../../src/engine/engine-module.ts';
import { resetLogOnce } from '../../src/messaging/log-once.ts';
import { createPageSession, type PageSession } from '../../src/page/page-session.ts';
import { defaultSettings } from '../../src/settings/schema.ts';
import { standInStaticRange } from './support/findings.ts';

/**
 * The page session is handed the engine (the content script imports it as its own bundle, only
 * once a page may name milia). What a user would notice: a page is highlighted once the engine
 * is there, a page that never names milia costs no engine load, and a failed load leaves the
 * page as it was, with one warning.
 */

beforeAll(() => {
  standInStaticRange();
  // happy-dom has neither Highlight nor the highlight registry (as in highlighter.test.ts).
  const g = globalThis as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
  const css = { highlights: new Map<string, Set<AbstractRange>>() };
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
});

const ADVICE = 'To get rid of milia, prick each one with a sterilised needle and squeeze it out.';
const PLAIN = 'Sourdough needs a lively starter and a long, cool rise overnight.';

let session: PageSession | null = null;
beforeEach(() => resetLogOnce());
afterEach(() => {
  session?.destroy();
  session = null;
  (CSS.highlights as unknown as Map<string, unknown>).clear();
  vi.restoreAllMocks();
});

function page(...paragraphs: string[]): void {
  document.body.replaceChildren(
    ...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
  );
}

/** Ranges registered under Milia Lens's highlight names: what the page shows. */
function paintedRanges(): number {
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<unknown>>) {
    if (name.startsWith('milia-lens-')) ranges += highlight.size;
  }
  return ranges;
}

/** A session on the page, and a wait for its findings to have settled `n` times in all. */
function start(loadEngine: () => Promise<EngineModule>) {
  let settles = 0;
  session = createPageSession(document, defaultSettings(), () => (settles += 1), loadEngine);
  const settled = (n: number) =>
    vi.waitFor(() => expect(settles).toBeGreaterThanOrEqual(n), { timeout: 3000 });
  return { session, settled };
}

describe('the page session and the engine it is handed', () => {
  test('waits for the engine before reading, then highlights what the engine finds', async () => {
    page(PLAIN, ADVICE);
    let arrive: (engine: EngineModule) => void = () => {};
    const loadEngine = vi.fn(() => new Promise<EngineModule>((resolve) => (arrive = resolve)));
    const { session, settled } = start(loadEngine);
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    // Tasks pass while the engine loads: nothing is read or painted without it.
    await new Promise((resume) => setTimeout(resume, 20));
    expect(session.index.size).toBe(0);
    arrive(ENGINE_MODULE);
    await settled(1);
    expect(session.index.size).toBe(detect(ADVICE).length);
    expect(session.index.size).toBeGreaterThan(1);
    expect(paintedRanges()).toBe(session.index.size);
  });

  test('a page that never names milia never loads the engine, until text naming milia arrives', async () => {
    page(PLAIN, PLAIN);
    const loadEngine = vi.fn(async () => ENGINE_MODULE);
    const { session, settled } = start(loadEngine);
    await settled(1);
    await session.rescanAll();
    expect(loadEngine).not.toHaveBeenCalled();
    expect(session.index.size).toBe(0);
    // A live page gains a paragraph about milia: the re-scan loads the engine and waits for it.
    document.body.append(Object.assign(document.createElement('p'), { textContent: ADVICE }));
    await settled(3);
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(session.index.size).toBe(detect(ADVICE).length);
    expect(paintedRanges()).toBe(session.index.size);
  });

  test("compiles the engine's expressions one task each before the first scan", async () => {
    page(ADVICE);
    const tasks: string[] = [];
    let task = 0;
    const tick = setInterval(() => (task += 1), 0);
    const warmUps = ENGINE_MODULE.warmUps.map((warmUp) => () => {
      tasks.push(`warm ${task}`);
      warmUp();
    });
    const createPageDetector: EngineModule['createPageDetector'] = (context) => {
      tasks.push(`scan ${task}`);
      return ENGINE_MODULE.createPageDetector(context);
    };
    const { session, settled } = start(async () => ({ createPageDetector, warmUps }));
    await settled(1);
    clearInterval(tick);
    expect(tasks.map((t) => t.split(' ')[0])).toEqual([...warmUps.map(() => 'warm'), 'scan']);
    // No two in the same task: the page's timer ran between each and the next.
    const at = tasks.map((t) => Number(t.split(' ')[1]));
    for (let i = 1; i < at.length; i += 1) expect(at[i]).toBeGreaterThan(at[i - 1] ?? 0);
    expect(session.index.size).toBe(detect(ADVICE).length);
  });

  test('a block the engine cannot read is skipped with one warning; the rest is highlighted', async () => {
    const BROKEN = 'Milia: this block breaks the engine.';
    page(ADVICE, BROKEN, ADVICE, BROKEN);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const createPageDetector: EngineModule['createPageDetector'] = (context) => {
      const detector = ENGINE_MODULE.createPageDetector(context);
      return {
        scan(text) {
          if (text.includes('breaks the engine')) throw new Error('unreadable');
          return detector.scan(text);
        },
      };
    };
    const { session, settled } = start(async () => ({ ...ENGINE_MODULE, createPageDetector }));
    await settled(1);
    expect(session.index.size).toBe(2 * detect(ADVICE).length);
    expect(paintedRanges()).toBe(session.index.size);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not read a block/);
    expect(error).not.toHaveBeenCalled();
  });

  test('an engine that fails to load leaves the page unpainted and is reported once', async () => {
    page(ADVICE);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const loadEngine = vi.fn(() => Promise.reject(new Error('blocked')));
    const { session } = start(loadEngine);
    await session.rescanAll();
    // Another pass (a route change, a live page) neither tries again nor warns again.
    document.body.append(Object.assign(document.createElement('p'), { textContent: ADVICE }));
    await session.rescanAll();
    expect(session.index.size).toBe(0);
    expect(paintedRanges()).toBe(0);
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not load the detection engine/);
    expect(error).not.toHaveBeenCalled();
  });
});
