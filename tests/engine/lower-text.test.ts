import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import {
  BULLET,
  ELLIPSIS,
  EMPTY_STAR,
  EN_DASH,
  EURO,
  lowerText,
  STAR,
} from '../../src/engine/lower-text.ts';

/** V8's serializer tags a string by how it is stored: `"` one byte per character, `c` two. */
const storedInOneByte = (text: string) => String.fromCharCode(serialize(text)[2] ?? 0) === '"';

/** What a user sees of each finding: its kind, stance and where it is highlighted. */
const brief = (text: string) =>
  detect(text).map(({ kind, stance, start, end }) => `${kind}:${stance} ${start}-${end}`);

describe('lowerText', () => {
  it('lower-cases ASCII letters only and keeps every offset', () => {
    expect(lowerText('MILIA near the Eye: Éclat')).toBe('milia near the eye: Éclat');
    fc.assert(
      // Any UTF-16 code units, lone surrogates too ('binary' makes only whole code points).
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
          maxLength: 200,
        }),
        (text) => {
          expect(lowerText(text)).toHaveLength(text.length);
        },
      ),
    );
  });

  it('reads a text that ends in half a surrogate pair, and control characters as nothing named', () => {
    expect(() => detect('Pop milia with a needle at home \ud83d')).not.toThrow();
    expect(lowerText('a\ud83d')).toHaveLength(2);
    expect(lowerText('\x85\x95\x80')).not.toContain(ELLIPSIS);
  });

  it('reads curly quotes as straight ones and gives the other named marks their stand-ins', () => {
    expect(lowerText('Don’t “pop” them…')).toBe(`don't "pop" them${ELLIPSIS}`);
    expect(lowerText('• Each milium – €3')).toBe(`${BULLET} each milium ${EN_DASH} ${EURO}3`);
    // A review's stars keep full and empty apart.
    expect(lowerText('★★★☆☆ OK')).toBe(`${STAR.repeat(3)}${EMPTY_STAR.repeat(2)} ok`);
    // A checklist's ticks are its bullets.
    expect(lowerText('✓ a ✔ b ☑ c ✅ d')).toBe(`${BULLET} a ${BULLET} b ${BULLET} c ${BULLET} d`);
  });

  it('is stored one byte per character whatever the text holds, so each expression compiles once', () => {
    const wide = 'Milia ’ “ … – — € • 😀 Ωμέγα 中文 \u2009\u2028 end';
    expect(storedInOneByte(wide)).toBe(false);
    expect(storedInOneByte(lowerText(wide))).toBe(true);
    expect(storedInOneByte(lowerText('x'.repeat(20_000) + wide))).toBe(true);
  });

  it('leaves what the engine finds the same whichever quotes and bullets a page uses', () => {
    const straight = 'Don\'t pop milia with a needle. See a dermatologist – they\'re "quick".';
    const curly = 'Don’t pop milia with a needle. See a dermatologist – they’re “quick”.';
    expect(brief(curly)).toEqual(brief(straight));
    expect(brief(curly)).not.toEqual([]);
    expect(brief('Milia at home:\n• Sterilise a needle.\n• Prick each milium gently.')).toEqual(
      brief('Milia at home:\n- Sterilise a needle.\n- Prick each milium gently.'),
    );
    expect(brief('Milia at home:\n✔ Sterilise a needle.\n✔ Prick each milium gently.')).toEqual(
      brief('Milia at home:\n- Sterilise a needle.\n- Prick each milium gently.'),
    );
  });
});
