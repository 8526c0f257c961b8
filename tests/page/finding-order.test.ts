import { expect, test } from 'vitest';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import type { PageFinding } from '../../src/page/page-finding.ts';

/**
 * Next/previous and the popup list walk findings in page order, however the scans added them:
 * across many paragraphs, inside a shadow root (at its host's place), and within one text node.
 */
function finding(node: Text, start: number, end: number): PageFinding {
  // happy-dom has no StaticRange; a live Range has the same boundary fields.
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return { finding: {} as never, range: range as unknown as StaticRange };
}

test('orders findings as the page reads, across paragraphs, shadow roots and offsets', () => {
  document.body.replaceChildren();
  const texts: Text[] = [];
  for (let i = 0; i < 40; i += 1) {
    const p = document.createElement('p');
    p.append(`paragraph ${i} about milia`);
    document.body.append(p);
    texts.push(p.firstChild as Text);
  }
  const host = document.createElement('div');
  document.body.insertBefore(host, document.body.children[20] ?? null);
  const inner = document.createElement('p');
  inner.append('shadow milia');
  host.attachShadow({ mode: 'open' }).append(inner);
  const shadowText = inner.firstChild as Text;

  const expected = [
    ...texts.slice(0, 20).map((t) => finding(t, 0, 9)),
    finding(shadowText, 0, 6),
    finding(shadowText, 7, 12),
    ...texts.slice(20).flatMap((t) => [finding(t, 0, 9), finding(t, 19, 24)]),
  ];
  const index = createFindingIndex();
  // Added out of order, as rescans of changed blocks add them.
  for (const item of [...expected].reverse()) index.add(item);
  expect(index.ordered()).toEqual(expected);
});
