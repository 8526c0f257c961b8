import { expect, test } from 'vitest';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { blockWith } from './support/findings.ts';

/**
 * Next/previous and the popup list walk findings in page order, however the scans added them:
 * across many paragraphs, inside a shadow root (at its host's place), and within one text node.
 */
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

  const both = (t: Text): [Text, number][] => [
    [t, 0],
    [t, 19],
  ];
  const expected = [
    ...texts.slice(0, 20).flatMap(both),
    [shadowText, 0],
    [shadowText, 7],
    ...texts.slice(20).flatMap(both),
  ];
  const index = createFindingIndex();
  // Added out of order, as rescans of changed blocks add them; the shadow paragraph as a long
  // block read in two pieces, the later piece filed first.
  for (const t of [...texts].reverse()) index.add(blockWith(t, [19, 24], [0, 9]));
  index.add(blockWith(shadowText, [7, 12]));
  index.add(blockWith(shadowText, [0, 6]));
  const order = index.ordered().map((item) => [item.block.first, item.start]);
  expect(order).toEqual(expected);
});
