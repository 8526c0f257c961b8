import { describe, expect, it } from 'vitest';
import { mentionsMilia } from '../../src/engine/milia-anchor.ts';

/**
 * The anchor is written without the `u` flag for speed; it must keep matching
 * exactly what the pattern it was written from matches, or pages would gain or lose findings.
 */
const REFERENCE =
  /mi\u00AD?l\u00AD?(?:l\u00AD?)?i\u00AD?(?:a|um)\b|mil-\s*\n\s*i(?:a|um)\b|milk[\s-]*(?:spot|bump)|oil[\s-]*seed/iu;

const TRICKY = [
  'Milia',
  'MILIA',
  'mIlIuM',
  'tiny milia.',
  'mi\u00ADli\u00ADa',
  'mi\u00AD\u00ADlia',
  'Millia',
  'mil\u00ADl\u00ADia',
  'millium',
  'mil-\nia',
  'mil-\n   ium under the eyes',
  'mil- \n\tia',
  'mil-ia',
  'Milk-Spots',
  'milk   bumps',
  'MILK-\n-SPOT',
  'mil\u212A spot',
  'milk \u017Fpot',
  'oil seed',
  'oilseed rape',
  'Oil-Seed',
  'oil\u00A0seed',
  'oil \u017Feed',
  'militia',
  'miliary',
  'milia_',
  'milia2',
  'milia\u017F',
  'milia\u212A',
  'miliaé',
  'milia\uD83D\uDE00',
  'milium\u00AD',
  'm\u0130lia',
  'm\u0131lia',
  'smile',
  'family milk',
  'toil seeds',
  'oil, seed',
  '',
];

/** Each character that the flags could treat differently, in every position of each mention. */
const SUBSTITUTES = [
  ...'aAbBdDeEiIkKlLmMoOpPsStTuUxX0_ -\n\t',
  '\u00AD',
  '\u00A0',
  '\u2028',
  '\uFEFF',
  '\u017F',
  '\u212A',
  '\u0130',
  '\u0131',
  '\u00E9',
  '\uD83D',
  '\uDE00',
];
const MENTIONS = [
  'milia.',
  'milium ',
  'mi\u00ADl\u00ADi\u00ADa',
  'mil-\n ia!',
  'milk spots',
  'milk-bump',
  'oil seed',
];

function* variants(): Generator<string> {
  for (const mention of MENTIONS) {
    for (let at = 0; at <= mention.length; at += 1) {
      for (const sub of SUBSTITUTES) {
        yield mention.slice(0, at) + sub + mention.slice(at + 1);
        yield mention.slice(0, at) + sub + mention.slice(at);
      }
    }
  }
}

describe('mentionsMilia', () => {
  it('matches what the flagged pattern matches on tricky spellings', () => {
    for (const text of TRICKY) expect(mentionsMilia(text), text).toBe(REFERENCE.test(text));
  });

  it('still finds the spellings readers use', () => {
    for (const text of ['Milia', 'MILIA', 'mi\u00ADlia', 'mil-\n ia', 'Milk-Spots', 'oil seed']) {
      expect(mentionsMilia(text), text).toBe(true);
    }
    expect(mentionsMilia('militia and smiles')).toBe(false);
  });

  it('matches what the flagged pattern matches with any one character changed or added', () => {
    let checked = 0;
    for (const text of variants()) {
      expect(mentionsMilia(text), JSON.stringify(text)).toBe(REFERENCE.test(text));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5000);
  });
});
