import { describe, expect, it } from 'vitest';
import { alternativesOf, firstChars } from '../../src/engine/first-chars.ts';
import { afterFirst } from '../../src/engine/peel.ts';

const sorted = (source: string) => {
  const first = firstChars(source);
  return first === null ? null : [...first].sort().join('');
};

describe('the first characters of a pattern', () => {
  it.each([
    ['needles?\\b', 'n'],
    ['[abc]x|d', 'abcd'],
    ['(?:lift|dig|pr[iy])\\w*\\s+it', 'dlp'],
    ['(?:(?:sewing|fine)\\s+)?needles?', 'fns'],
    ['\\b(?<!you\\s)(?:please\\s+)?(?:don\\x27t|do\\s+not)', 'dp'],
    ['(?=see|ask)(?:see|ask)\\s+a\\s+gp', 'as'],
    ['x*y', 'xy'],
    ['x{0,2}y', 'xy'],
    ['x{1,2}y', 'x'],
    ['x+?y', 'x'],
    ['[a-c]', 'abc'],
    ['\\.5', '.'],
  ])('%s starts with one of %s', (source, chars) => {
    expect(sorted(source)).toBe(chars);
  });

  it.each([
    ['.', 'any character'],
    ['[^a]b', 'a negated class'],
    ['\\Sb', 'a class escape it does not list'],
    ['\\u0061b', 'a code escape'],
    ['[\\x61]b', 'a code escape in a class'],
    ['[!-\\/]', 'a range ending in an escape'],
    ['a?', 'an alternative that can match nothing'],
    ['(?:a|)', 'a group that can match nothing'],
    ['\\b', 'an assertion alone'],
  ])('falls back to any character for %s (%s)', (source) => {
    expect(firstChars(source)).toBeNull();
  });

  it('reads \\s and \\d as what they match', () => {
    expect(firstChars('\\s*lasers?')?.has('l')).toBe(true);
    expect(firstChars('\\s*lasers?')?.has('a')).toBe(false);
    expect(sorted('\\d+%')).toBe('0123456789');
  });
});

describe('the alternatives of a pattern', () => {
  it('splits at the top level only, opening one whole group', () => {
    expect(alternativesOf('(?:a|b(?:c|d)|[|])')).toEqual(['a', 'b(?:c|d)', '[|]']);
    expect(alternativesOf('(?:a|b)c|d')).toEqual(['(?:a|b)c', 'd']);
    expect(alternativesOf('(?:a|b)?')).toEqual(['(?:a|b)?']);
  });
});

describe('a pattern after its first character', () => {
  it.each([
    ['needles?\\b', 'n', 'eedles?\\b'],
    ['needles?\\b', 'p', null],
    ['(?:lift|lever)\\w*', 'l', '(?:ift|ever)\\w*'],
    ['(?:sewing\\s+)?needle', 'n', 'eedle'],
    ['(?:sewing\\s+)?needle', 's', 'ewing\\s+needle'],
    ['(?:no\\s+)??never', 'n', '(?:ever|o\\s+never)'],
    ['x*xy', 'x', '(?:x*xy|y)'],
    ['[a-c]+d', 'b', '[a-c]*d'],
    ['(?<!you\\s)do', 'd', '(?<=(?<!you\\s).)o'],
  ])('%s after %s is %s', (source, char, after) => {
    expect(afterFirst(source, char)).toBe(after);
  });

  it.each([
    ['(?:ab){2}c', 'a'],
    ['(?:ab)+c', 'a'],
    ['(a)b', 'a'],
    ['\\u0061b', 'a'],
  ])('leaves %s whole', (source, char) => {
    expect(afterFirst(source, char)).toBeUndefined();
  });
});
