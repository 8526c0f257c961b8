import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { createPaintWindow, movedFar, type View } from '../../src/page/paint-window.ts';
import { findingsOf, type FoundBlock, type PageFinding } from '../../src/page/page-finding.ts';
import { blockWith, standInStaticRange } from './support/findings.ts';

/** A block with one finding over the first five characters, a paragraph of its own. */
function block(): FoundBlock {
  const p = document.createElement('p');
  p.textContent = 'milia here';
  document.body.append(p);
  return blockWith(p.firstChild as Text, [0, 5, 'warning', 'milia-home-extraction']);
}

beforeAll(standInStaticRange);
afterEach(() => document.body.replaceChildren());

/**
 * A paint window over a real finding index, with a highlighter that records what it holds, a
 * `near` that answers from a chosen set, and updates that run only when the test says so.
 */
function setUp(threshold = 10) {
  const index = createFindingIndex();
  const painted = new Set<AbstractRange>();
  const highlighter = {
    add: (_severity: string, range: AbstractRange) => void painted.add(range),
    remove: (_severity: string, range: AbstractRange) => void painted.delete(range),
    clear: () => painted.clear(),
    settle: () => undefined,
  };
  let nearby = new Set<PageFinding>();
  let nearCalls = 0;
  const view: View = { y: 0, height: 800 };
  let onView: (pageScroll: boolean) => void = () => undefined;
  let queued: (() => void) | null = null;
  const paintWindow = createPaintWindow({
    index,
    highlighter,
    near: () => {
      nearCalls += 1;
      return new Set(nearby);
    },
    view: () => view,
    margin: 3,
    follow: (changed) => {
      onView = changed;
      return () => undefined;
    },
    threshold,
    later: (run) => {
      queued = run;
      return () => (queued = null);
    },
  });
  const add = (n: number) =>
    Array.from({ length: n }, () => {
      const found = block();
      index.add(found);
      paintWindow.add(found);
      return findingsOf(found)[0] as PageFinding;
    });
  const removeAll = (items: PageFinding[]) => {
    for (const p of items.map((item) => item.block.first.parentNode as Node)) {
      for (const gone of index.removeStale([p])) paintWindow.remove(gone);
    }
  };
  return {
    index,
    paintWindow,
    add,
    removeAll,
    view,
    isPainted: (item: PageFinding) =>
      [...painted].some((range) => range.startContainer === item.block.first),
    paintedCount: () => painted.size,
    setNear: (items: PageFinding[]) => (nearby = new Set(items)),
    nearCalls: () => nearCalls,
    scroll: (pageScroll: boolean) => onView(pageScroll),
    /** Runs the update the window asked for, if any; true when there was one. */
    runUpdate: () => {
      const run = queued;
      queued = null;
      run?.();
      return run !== null;
    },
  };
}

describe('paint window', () => {
  test('a page with up to the threshold of findings has every one of them painted', () => {
    const t = setUp(10);
    const items = t.add(10);
    expect(items.every(t.isPainted)).toBe(true);
    expect(t.paintWindow.windowed).toBe(false);
    expect(t.nearCalls()).toBe(0);
  });

  test('beyond the threshold only the findings near the view stay painted; counts keep all', () => {
    const t = setUp(10);
    const items = t.add(11);
    expect(t.paintWindow.windowed).toBe(true);
    t.setNear(items.slice(0, 3));
    expect(t.runUpdate()).toBe(true);
    expect(t.paintedCount()).toBe(3);
    expect(items.slice(0, 3).every(t.isPainted)).toBe(true);
    expect(t.paintWindow.registered).toBe(3);
    expect(t.index.size).toBe(11);
    expect(t.index.count('warning')).toBe(11);
    // Findings read later are painted once they are near the view.
    const later = t.add(5);
    expect(later.some(t.isPainted)).toBe(false);
    t.setNear([...items.slice(0, 3), later[0] as PageFinding]);
    t.runUpdate();
    expect(t.isPainted(later[0] as PageFinding)).toBe(true);
    expect(t.paintedCount()).toBe(4);
  });

  test('the window moves with the page only after a scroll of two viewport heights', () => {
    const t = setUp(10);
    const items = t.add(20);
    t.setNear(items.slice(0, 5));
    t.runUpdate();
    const calls = t.nearCalls();
    t.view.y = 1500;
    t.scroll(true);
    expect(t.runUpdate()).toBe(false);
    t.view.y = 1700;
    t.scroll(true);
    t.setNear(items.slice(10, 15));
    expect(t.runUpdate()).toBe(true);
    expect(t.nearCalls()).toBe(calls + 1);
    expect(items.slice(10, 15).every(t.isPainted)).toBe(true);
    expect(items.slice(0, 5).some(t.isPainted)).toBe(false);
    // A scroll container or a resize moves the window at once.
    t.scroll(false);
    expect(t.runUpdate()).toBe(true);
  });

  test('a finding reached from the keyboard is painted at once and stays so', () => {
    const t = setUp(10);
    const items = t.add(20);
    t.setNear(items.slice(0, 5));
    t.runUpdate();
    const far = items[19] as PageFinding;
    expect(t.isPainted(far)).toBe(false);
    t.paintWindow.reveal(far);
    expect(t.isPainted(far)).toBe(true);
    t.scroll(false);
    t.runUpdate();
    expect(t.isPainted(far)).toBe(true);
    t.paintWindow.reveal(items[18] as PageFinding);
    expect(t.isPainted(far)).toBe(false);
  });

  test('a page that drops to half the threshold has all its findings painted again', () => {
    const t = setUp(10);
    const items = t.add(20);
    t.setNear([]);
    t.runUpdate();
    expect(t.paintedCount()).toBe(0);
    t.removeAll(items.slice(0, 15));
    expect(t.paintWindow.windowed).toBe(false);
    expect(items.slice(15).every(t.isPainted)).toBe(true);
    expect(t.paintedCount()).toBe(5);
  });
});

describe('movedFar', () => {
  test('true once the view is more than margin - 1 viewport heights from where it was', () => {
    expect(movedFar(0, { y: 1600, height: 800 }, 3)).toBe(false);
    expect(movedFar(0, { y: 1601, height: 800 }, 3)).toBe(true);
    expect(movedFar(5000, { y: 3300, height: 800 }, 3)).toBe(true);
  });
});
