import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Box, GAP, isInView, placeCard, unionBox } from '../../src/page/placement.ts';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };
const word = (left: number, top: number): Box => ({
  left,
  top,
  right: left + 60,
  bottom: top + 24,
});

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  test('goes below the text when there is room', () => {
    const at = placeCard(word(100, 100), card, viewport);
    expect(at).toMatchObject({ side: 'below', left: 100, top: 124 + GAP });
  });

  test('flips above the text near the bottom of the viewport', () => {
    const at = placeCard(word(100, 700), card, viewport);
    expect(at.side).toBe('above');
    expect(at.top + card.height).toBe(700 - GAP);
  });

  test('is pushed back inside the right edge', () => {
    const at = placeCard(word(900, 100), card, viewport);
    expect(at.left).toBe(viewport.width - GAP - card.width);
  });

  test('with no room for the whole card on either side, takes the larger side and caps its height', () => {
    const at = placeCard(word(100, 300), { width: 400, height: 700 }, viewport);
    expect(at.side).toBe('below');
    expect(at.maxHeight).toBe(viewport.height - 324 - 2 * GAP);
    expect(at.top).toBe(324 + GAP);
  });

  test('never covers the text and stays in the viewport, wherever the text is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 940 }),
        fc.integer({ min: 0, max: 776 }),
        fc.integer({ min: 100, max: 900 }),
        fc.integer({ min: 40, max: 1200 }),
        (left, top, width, height) => {
          const text = word(left, top);
          const at = placeCard(text, { width, height }, viewport);
          const shown = Math.min(height, at.maxHeight);
          const box = {
            left: at.left,
            top: at.top,
            right: at.left + width,
            bottom: at.top + shown,
          };
          expect(overlaps(box, text)).toBe(false);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.bottom).toBeLessThanOrEqual(viewport.height);
          expect(box.left).toBeGreaterThanOrEqual(Math.min(GAP, viewport.width - width - GAP));
        },
      ),
    );
  });
});

describe('unionBox and isInView', () => {
  test('a range over two lines is anchored by both lines together', () => {
    expect(unionBox([word(500, 100), word(20, 124)])).toEqual({
      left: 20,
      top: 100,
      right: 560,
      bottom: 148,
    });
    expect(unionBox([])).toBeNull();
  });

  test('text scrolled above or below the viewport is out of view', () => {
    expect(isInView(word(10, -30), viewport)).toBe(false);
    expect(isInView(word(10, 810), viewport)).toBe(false);
    expect(isInView(word(10, -10), viewport)).toBe(true);
  });
});
