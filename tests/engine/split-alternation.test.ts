import { describe, expect, it } from 'vitest';
import { splitAlternation } from '../../src/engine/split-alternation.ts';

/** What the one expression finds: [group, start, end] per match. */
function whole(prefix: string, groups: readonly string[], text: string): number[][] {
  const re = new RegExp(`${prefix}(?:${groups.map((g) => `(${g})`).join('|')})`, 'g');
  const out: number[][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    let group = 1;
    while (group < m.length && m[group] === undefined) group += 1;
    out.push([group - 1, m.index, m.index + m[0].length]);
  }
  return out;
}

function split(prefix: string, groups: readonly string[], text: string, size: number): number[][] {
  const out: number[][] = [];
  splitAlternation(prefix, groups, size).scan(text, (group, start, end) =>
    out.push([group, start, end]),
  );
  return out;
}

const PREFIX = '(?<![a-z])(?=[a-z])';

describe('an alternation split into parts', () => {
  it('holds consecutive groups up to the part size, one oversized group alone', () => {
    const groups = ['aaaa', 'bbbb', 'c'.repeat(30), 'dd', 'ee'];
    const parts = splitAlternation(PREFIX, groups, 12).parts.map((p) => p.source);
    expect(parts).toEqual([
      `${PREFIX}(?:(aaaa)|(bbbb))`,
      `${PREFIX}(?:(${'c'.repeat(30)}))`,
      `${PREFIX}(?:(dd)|(ee))`,
    ]);
  });

  it('lets the earlier group win where two parts match at one start', () => {
    // "don't try" (group 0) and "don't" (group 1) in different parts: the first part wins, and
    // the scan goes on after its end, so the second part's "try" inside it is not found.
    const groups = ["don't try", "don't", 'try'];
    const text = "don't try this, don't. try";
    expect(split(PREFIX, groups, text, 1)).toEqual(whole(PREFIX, groups, text));
    expect(split(PREFIX, groups, text, 1)).toEqual([
      [0, 0, 9],
      [1, 16, 21],
      [2, 23, 26],
    ]);
  });

  it('finds the leftmost match whichever part holds it, never two that overlap', () => {
    const groups = ['needle and thread', 'thread', 'and', 'needle'];
    const text = 'a needle and thread; thread and needle';
    expect(split(PREFIX, groups, text, 1)).toEqual(whole(PREFIX, groups, text));
  });

  it('moves past an empty match as the one expression does', () => {
    const groups = ['x?', 'ab'];
    const text = 'ab xab zz';
    expect(split('', groups, text, 1)).toEqual(whole('', groups, text));
  });

  it('finds what the one expression finds in random text, for any part size', () => {
    const words = ['pop', 'popping', 'pick', 'pick at', 'at', 'never', 'never pop', 'a', 'it'];
    const groups = ['never pop', 'pick(?: at)?', 'pop\\w*', 'at', 'never', 'it\\b'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const text = Array.from(
        { length: 12 },
        () => words[Math.floor(random() * words.length)],
      ).join(random() < 0.5 ? ' ' : '');
      for (const size of [1, 10, 20, 1000]) {
        expect(split(PREFIX, groups, text, size), text).toEqual(whole(PREFIX, groups, text));
      }
    }
  });

  it('refuses an alternative with a group of its own, which would shift the numbering', () => {
    for (const inner of ['(x)', '(?<name>x)', 'a(b|c)']) {
      expect(() => splitAlternation(PREFIX, [inner, 'y'], 1)).toThrow(/capturing group/);
    }
    for (const plain of ['(?:x)', '(?<!a)x', '(?<=a)x', '(?=x)x', '\\(x\\)', '[(]x']) {
      expect(() => splitAlternation(PREFIX, [plain, 'y'], 1)).not.toThrow();
    }
  });

  it('may be scanned again from inside its own callback', () => {
    const alternation = splitAlternation(PREFIX, ['milia', 'needle'], 1);
    const outer: number[] = [];
    alternation.scan('milia needle milia needle', (_, start) => {
      outer.push(start);
      alternation.scan('needle', () => {});
    });
    expect(outer).toEqual([0, 6, 13, 19]);
  });

  it('can be scanned again, and on a text without a match finds nothing', () => {
    const alternation = splitAlternation(PREFIX, ['milia', 'milium'], 1);
    const found: number[] = [];
    alternation.scan('milia here', (group) => found.push(group));
    alternation.scan('nothing', (group) => found.push(group));
    alternation.scan('one milium', (group) => found.push(group));
    expect(found).toEqual([0, 1]);
  });
});
