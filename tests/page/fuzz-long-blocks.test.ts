import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { TextBlock } from '../../src/page/collect-text.ts';
import { blockPieces } from '../../src/page/long-blocks.ts';

const block = (text: string): TextBlock => ({ text, nodes: [], starts: [] });

/** Words, sentence ends, line breaks and long unbroken runs, the shapes a cut must handle. */
const textArb = fc
  .array(
    fc.oneof(
      fc.constantFrom('milia ', 'needle. ', 'Stop! ', '\n', '  ', 'x'.repeat(40), '“quoted.” '),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

test('pieces cover each block exactly, in order, none longer than the limit', () => {
  fc.assert(
    fc.property(
      fc.array(textArb, { maxLength: 4 }),
      fc.integer({ min: 8, max: 200 }),
      (texts, max) => {
        const blocks = texts.map(block);
        const pieces = [...blockPieces(blocks, max)];
        for (const b of blocks) {
          const mine = pieces.filter((p) => p.block === b);
          expect(mine.map((p) => b.text.slice(p.from, p.to)).join('')).toBe(b.text);
          expect(mine[0]?.from).toBe(0);
          for (let i = 1; i < mine.length; i++) expect(mine[i]!.from).toBe(mine[i - 1]!.to);
          for (const p of mine) expect(p.to - p.from).toBeLessThanOrEqual(max);
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('a long text is cut after a sentence when the piece has one in its second half', () => {
  const sentence = 'Leave milia alone. ';
  const text = sentence.repeat(50);
  const pieces = [...blockPieces([block(text)], 100)];
  expect(pieces.length).toBeGreaterThan(1);
  for (const p of pieces) expect(text.slice(p.from, p.to)).toMatch(/^(Leave milia alone\. )+$/);
});

test('a short block is one piece', () => {
  const b = block('Milia are small keratin cysts.');
  expect([...blockPieces([b])]).toEqual([{ block: b, from: 0, to: b.text.length }]);
});
