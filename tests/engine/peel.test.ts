import { describe, expect, it } from 'vitest';
import { peelEach } from '../../src/engine/peel.ts';
import { alternativesOf } from '../../src/engine/pattern-reader.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz#.';

/** The letters a pattern can start with, as the dispatcher learns them; null when unknown. */
function startLetters(source: string): string | null {
  const after = peelEach(source, LETTERS);
  if (!after) return null;
  return [...LETTERS].filter((char) => after[char] !== undefined).join('');
}

describe('the letters a pattern can start with', () => {
  it.each([
    ['needles?\\b', 'n'],
    ['[abc]x', 'abc'],
    ['(?:lift|dig|pr[iy])\\w*\\s+it', 'dlp'],
    ['(?:(?:sewing|fine)\\s+)?needles?', 'fns'],
    ["(?<!you\\s)(?:please\\s+)?(?:don't|do\\s+not)", 'dp'],
    ['(?=see|ask)(?:see|ask)\\s+a\\s+gp', 'as'],
    ['x*y', 'xy'],
    ['x+?y', 'x'],
    ['[a-c]', 'abc'],
    ['\\s*lasers?', 'l'],
    ['\\.5', '.'],
    ['\\S+', LETTERS],
  ])('%s starts with one of %s', (source, letters) => {
    expect(startLetters(source)).toBe(letters);
  });

  it.each([
    ['x{0,2}y', 'a counted repeat'],
    ['(?:ab)+c', 'a repeated group'],
    ['(a)b', 'a capturing group'],
    ['(?<x>a|b)c', 'a named group'],
    ['\\u0061b', 'a code escape'],
    ['\\1b', 'a backreference'],
    ['a?', 'an alternative that can match nothing'],
    ['(?:a|)b', 'a group that can match nothing'],
  ])('are not worked out for %s (%s): the pattern stays whole', (source) => {
    expect(startLetters(source)).toBeNull();
  });
});

describe('a pattern after its first character', () => {
  it.each([
    ['needles?\\b', 'n', 'eedles?\\b'],
    ['(?:lift|lever)\\w*', 'l', '(?:ift|ever)\\w*'],
    ['(?:sewing\\s+)?needle', 'n', 'eedle'],
    ['(?:sewing\\s+)?needle', 's', 'ewing\\s+needle'],
    ['(?:no\\s+)??never', 'n', '(?:ever|o\\s+never)'],
    ['x*xy', 'x', '(?:x*xy|y)'],
    ['[a-c]+d', 'b', '[a-c]*d'],
    ['(?<!you\\s)do', 'd', '(?<=(?<!you\\s).)o'],
    ['\\bno\\b', 'n', '(?<=\\b.)o\\b'],
  ])('%s after %s is %s', (source, char, after) => {
    expect(peelEach(source, char)?.[char]).toBe(after);
  });

  it('matches what the whole pattern matches, at the same places', () => {
    const text = 'never no needle, sewing needles; xxy no never lever lifts';
    const cases = [
      ['(?:no\\s+)??never', 'n'],
      ['(?:sewing\\s+)?needles?', 's'],
      ['x*xy', 'x'],
      ['(?:lift|lever)\\w*', 'l'],
    ];
    for (const [source, char] of cases) {
      const whole = [...text.matchAll(new RegExp(source ?? '', 'g'))]
        .filter((m) => text[m.index] === char)
        .map((m) => [m.index, m[0]]);
      const peeled = [
        ...text.matchAll(
          new RegExp(`${char}(?:${peelEach(source ?? '', char ?? '')?.[char ?? '']})`, 'g'),
        ),
      ].map((m) => [m.index, m[0]]);
      expect(peeled).toEqual(whole);
    }
  });
});

describe('the alternatives of a pattern', () => {
  it('splits at the top level only, opening one whole group', () => {
    expect(alternativesOf('(?:a|b(?:c|d)|[|])')).toEqual(['a', 'b(?:c|d)', '[|]']);
    expect(alternativesOf('(?:a|b)c|d')).toEqual(['(?:a|b)c', 'd']);
    expect(alternativesOf('(?:a|b)?')).toEqual(['(?:a|b)?']);
  });
});
