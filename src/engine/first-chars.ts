/**
 * A small reader of regular expression sources that works out which characters a match can start
 * with. `dispatch.ts` uses it to try, at each word start, only the alternatives that can start
 * with the word's first letter. It only has to be safe, not sharp: whatever it does not follow
 * (an escape like `\w`, a negated class, a backreference, an alternative that can match nothing)
 * counts as "can start with anything", which puts the alternative in every bucket.
 */

/** The characters a match can start with; `null` when it could be any (or nothing at all). */
export type FirstChars = ReadonlySet<string> | null;

interface Read {
  first: FirstChars;
  /** The part can match the empty string, so what follows it may supply the first character. */
  empty: boolean;
  end: number;
}

function union(a: FirstChars, b: FirstChars): FirstChars {
  return a === null || b === null ? null : new Set([...a, ...b]);
}

/** The first characters of any match of `source` (a pattern without flags that change case). */
export function firstChars(source: string): FirstChars {
  const read = readAlternation(source, 0);
  // An alternative that may match nothing can match in front of any character.
  return read.empty ? null : read.first;
}

/**
 * `source` split at its top-level `|`s, and a source that is one whole `(?:…)` group opened
 * first, so `(?:a|b)|c` gives `a`, `b` and `c`: the same matches in the same order of preference.
 */
export function alternativesOf(source: string): string[] {
  const whole = source.startsWith('(?:') ? readGroup(source, 0) : null;
  if (whole?.end === source.length) return alternativesOf(source.slice(3, -1));
  const alternatives: string[] = [];
  let from = 0;
  for (let i = 0; i <= source.length;) {
    if (i === source.length || source[i] === '|') {
      alternatives.push(source.slice(from, i));
      from = i += 1;
    } else i = readTerm(source, i).end;
  }
  return alternatives;
}

/** Alternatives up to the `)` that closes them (or the end). */
function readAlternation(source: string, at: number): Read {
  let first: FirstChars = new Set();
  let empty = false;
  let i = at;
  for (;;) {
    const sequence = readSequence(source, i);
    first = union(first, sequence.first);
    empty ||= sequence.empty;
    i = sequence.end;
    if (source[i] !== '|') return { first, empty, end: i };
    i += 1;
  }
}

/** Terms up to a `|` or `)`: each term's first characters count while all before it may be empty. */
function readSequence(source: string, at: number): Read {
  let first: FirstChars = new Set();
  let empty = true;
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const term = readTerm(source, i);
    if (empty) first = union(first, term.first);
    empty &&= term.empty;
    i = term.end;
  }
  return { first, empty, end: i };
}

/** One atom and its quantifier. */
function readTerm(source: string, at: number): Read {
  const atom = readAtom(source, at);
  const quantifier = quantifierAt(source, atom.end);
  if (!quantifier) return atom;
  const least = quantifier[0] === '+' ? 1 : Number(/\d+/.exec(quantifier)?.[0] ?? 0);
  return { first: atom.first, empty: atom.empty || least === 0, end: atom.end + quantifier.length };
}

function quantifierAt(source: string, at: number): string {
  return /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at, at + 12))?.[0] ?? '';
}

/** A sequence's first term: its atom, the atom's quantifier, and the terms after it. */
export interface FirstTerm {
  atom: string;
  quantifier: string;
  rest: string;
  /** The atom matches no character (an assertion) or may match none. */
  mayBeEmpty: boolean;
}

export function firstTerm(sequence: string): FirstTerm {
  const atom = readAtom(sequence, 0);
  const quantifier = quantifierAt(sequence, atom.end);
  return {
    atom: sequence.slice(0, atom.end),
    quantifier,
    rest: sequence.slice(atom.end + quantifier.length),
    mayBeEmpty: atom.empty,
  };
}

/** The class escapes the engine's patterns use; `\s` is every character JavaScript counts as space. */
const ESCAPES: Partial<Record<string, ReadonlySet<string>>> = {
  d: new Set('0123456789'),
  w: new Set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'),
  s: new Set(
    ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
  ),
};

const ZERO_WIDTH = { first: new Set<string>(), empty: true };

function readAtom(source: string, at: number): Read {
  const char = source[at] ?? '';
  if (char === '(') return readGroup(source, at);
  if (char === '[') return readClass(source, at);
  if (char === '^' || char === '$') return { ...ZERO_WIDTH, end: at + 1 };
  if (char === '.') return { first: null, empty: false, end: at + 1 };
  if (char !== '\\') return { first: new Set([char]), empty: false, end: at + 1 };
  const escaped = source[at + 1] ?? '';
  if (escaped === 'b' || escaped === 'B') return { ...ZERO_WIDTH, end: at + 2 };
  const known = ESCAPES[escaped];
  if (known) return { first: known, empty: false, end: at + 2 };
  // Any other letter or digit escape is a class, a code or a backreference: any character (a
  // backreference may even be empty). `\u{…}`, `\x41` and the like are read as several atoms,
  // all of them "any", which is still safe.
  if (/[\da-z]/i.test(escaped)) return { first: null, empty: true, end: at + 2 };
  return { first: new Set([escaped]), empty: false, end: at + 2 };
}

/** A group; a lookaround matches no character, so the first one comes from what follows it. */
function readGroup(source: string, at: number): Read {
  const lookaround = /^\(\?<?[=!]/.exec(source.slice(at, at + 4));
  const named = /^\(\?<[\w$]+>/.exec(source.slice(at, at + 40));
  const opener = lookaround?.[0] ?? named?.[0] ?? (source.startsWith('(?:', at) ? '(?:' : '(');
  const inner = readAlternation(source, at + opener.length);
  const end = inner.end + 1;
  return lookaround ? { ...ZERO_WIDTH, end } : { first: inner.first, empty: inner.empty, end };
}

/** A class `[…]`; a negated one, or one with an escape like `\w`, could start with anything. */
function readClass(source: string, at: number): Read {
  const chars = new Set<string>();
  let any = source[at + 1] === '^';
  let i = any ? at + 2 : at + 1;
  for (; i < source.length && source[i] !== ']'; i += 1) {
    let char = source[i] ?? '';
    if (char === '\\') {
      i += 1;
      char = source[i] ?? '';
      const known = ESCAPES[char];
      if (known) {
        for (const c of known) chars.add(c);
        continue;
      }
      if (/[\da-z]/i.test(char)) any = true;
    }
    const to = source[i + 2];
    if (source[i + 1] === '-' && to === '\\') any = true;
    else if (source[i + 1] === '-' && to !== undefined && to !== ']') {
      for (let code = char.charCodeAt(0); code <= to.charCodeAt(0); code += 1)
        chars.add(String.fromCharCode(code));
      i += 2;
    } else chars.add(char);
  }
  return { first: any ? null : chars, empty: false, end: i + 1 };
}
