import { describe, expect, test } from 'vitest';
import { createFindingIndex, type FindingIndex } from '../../src/page/finding-index.ts';
import type { PageFinding } from '../../src/page/page-finding.ts';
import { type Band, bandAround, findingsInBand, type Measure } from '../../src/page/view-band.ts';
import { addFindings, type Span } from './support/findings.ts';

/**
 * happy-dom lays nothing out, so each test gives its elements boxes: `boxes` holds each element's
 * place in viewport coordinates, a text node sits where its parent element does, and a finding
 * inside a long text node sits at `top + offset` (one pixel a character).
 */
function measureWith(boxes: Map<Element, Band>, calls: { n: number }): Measure {
  return (target) => {
    calls.n += 1;
    if ('finding' in target) {
      const node = target.block.first;
      const box = node.parentElement && boxes.get(node.parentElement);
      if (!box) return null;
      return { top: box.top + target.start, bottom: box.top + target.end };
    }
    const el = target.nodeType === 3 ? (target as Text).parentElement : (target as Element);
    return (el && boxes.get(el)) ?? null;
  };
}

/** The findings in `band`, walking the body from `anchor` with `boxes` as the layout. */
function inBand(
  index: FindingIndex,
  anchor: Node,
  boxes: Map<Element, Band>,
  band: Band,
  calls = { n: 0 },
): Set<PageFinding> {
  return findingsInBand({
    root: document.body,
    anchors: [anchor],
    index,
    band,
    measure: measureWith(boxes, calls),
  });
}

/** A finding over [start, end) of a text node that is the whole of its block. */
function addFinding(index: FindingIndex, node: Text, start = 0, end = 5): PageFinding {
  return addFindings(index, node, [start, end])[0] as PageFinding;
}

/** `count` paragraphs of 100 px each, one finding in each, the page scrolled by `scrollY`. */
function article(count: number, scrollY: number) {
  const index = createFindingIndex();
  const boxes = new Map<Element, Band>();
  const main = document.createElement('main');
  const items: PageFinding[] = [];
  for (let i = 0; i < count; i += 1) {
    const p = document.createElement('p');
    p.textContent = `Paragraph ${i} names milia.`;
    main.append(p);
    boxes.set(p, { top: i * 100 - scrollY, bottom: i * 100 + 100 - scrollY });
    items.push(addFinding(index, p.firstChild as Text));
  }
  boxes.set(main, { top: -scrollY, bottom: count * 100 - scrollY });
  document.body.replaceChildren(main);
  const paragraphs = [...main.children];
  return { index, boxes, main, items, paragraphs };
}

describe('findings in the band around the view', () => {
  test('are those of the text near the viewport, found by walking only that text', () => {
    const { index, boxes, items, paragraphs } = article(10_000, 500_000);
    const calls = { n: 0 };
    // Viewport of 700 px and a margin of one viewport height: -700 to 1400.
    const band = bandAround(700, 1);
    const found = inBand(index, paragraphs[4995] as Element, boxes, band, calls);
    // Paragraph i spans [i*100 - 500000, +100]: 4992 ends at -700, 5014 starts at 1400.
    const expected = items.slice(4992, 5015);
    expect([...found].sort((a, b) => items.indexOf(a) - items.indexOf(b))).toEqual(expected);
    expect(calls.n).toBeLessThan(100);
  });

  test('step over a scroll container whose hidden part runs far below, to the text after it', () => {
    const index = createFindingIndex();
    const boxes = new Map<Element, Band>();
    const intro = document.createElement('p');
    intro.textContent = 'Intro about milia.';
    const scroller = document.createElement('div');
    for (let i = 0; i < 50; i += 1) {
      const p = document.createElement('p');
      p.textContent = `Message ${i} about milia.`;
      scroller.append(p);
      boxes.set(p, { top: 100 + i * 100, bottom: 200 + i * 100 });
      addFinding(index, p.firstChild as Text);
    }
    const after = document.createElement('p');
    after.textContent = 'After the box, milia again.';
    document.body.replaceChildren(intro, scroller, after);
    boxes.set(intro, { top: 0, bottom: 100 });
    boxes.set(scroller, { top: 100, bottom: 400 });
    boxes.set(after, { top: 400, bottom: 500 });
    const first = addFinding(index, intro.firstChild as Text);
    const last = addFinding(index, after.firstChild as Text);
    const found = inBand(index, intro, boxes, { top: 0, bottom: 1000 });
    expect(found.has(first)).toBe(true);
    expect(found.has(last)).toBe(true);
  });

  test('in one long text node, are only the findings whose text is in the band', () => {
    const index = createFindingIndex();
    const p = document.createElement('p');
    p.textContent = 'milia '.repeat(20_000);
    document.body.replaceChildren(p);
    const node = p.firstChild as Text;
    const items = addFindings(
      index,
      node,
      ...Array.from({ length: 20_000 }, (_, i): Span => [i * 6, i * 6 + 5]),
    );
    const boxes = new Map<Element, Band>([[p, { top: -60_000, bottom: 60_000 }]]);
    const found = inBand(index, p, boxes, { top: 0, bottom: 600 });
    // Finding i is at [i*6 - 60000, +5]: 10000 to 10100 are in [0, 600].
    expect([...found].sort((a, b) => items.indexOf(a) - items.indexOf(b))).toEqual(
      items.slice(10_000, 10_101),
    );
  });
});
