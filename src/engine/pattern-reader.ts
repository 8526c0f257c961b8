/**
 * A small reader of regular expression sources, for `peel.ts`: where a pattern's alternatives and
 * terms end, and whether a part may match the empty string. It reads the syntax the engine's
 * patterns use; an escape it does not know counts as possibly empty, which makes `peel.ts` leave
 * the pattern whole (always safe).
 */

interface Read {
  /** The part can match the empty string. */
  empty: boolean;
  end: number;
}

/**
 * `source` split at its top-level `|`s, and a source that is one whole `(?:…)` group opened
 * first, so `(?:a|b)|c` gives `a`, `b` and `c`: the same matches in the same order of preference.
 */
export function alternativesOf(source: string): string[] {
  if (source.startsWith('(?:') && readGroup(source, 0).end === source.length)
    return alternativesOf(source.slice(3, -1));
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

/** The pattern can match the empty string (so it can match anywhere, reading nothing). */
export function matchesEmpty(source: string): boolean {
  return readAlternation(source, 0).empty;
}

/** A sequence's first term: its atom, the atom's quantifier, and the terms after it. */
export interface FirstTerm {
  atom: string;
  quantifier: string;
  rest: string;
  /** The atom may match no character (an assertion, a group that may be empty, `\1`). */
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

/** Alternatives up to the `)` that closes them (or the end). */
function readAlternation(source: string, at: number): Read {
  let empty = false;
  for (let i = at; ; i += 1) {
    let sequenceEmpty = true;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const term = readTerm(source, i);
      sequenceEmpty &&= term.empty;
      i = term.end;
    }
    empty ||= sequenceEmpty;
    if (source[i] !== '|') return { empty, end: i };
  }
}

/** One atom and its quantifier. */
function readTerm(source: string, at: number): Read {
  const atom = readAtom(source, at);
  const quantifier = quantifierAt(source, atom.end);
  const optional = /^[?*]|^\{0/.test(quantifier);
  return { empty: atom.empty || optional, end: atom.end + quantifier.length };
}

function quantifierAt(source: string, at: number): string {
  // Most terms have none: look at one character before slicing (the engine bundle reads every
  // pattern when it loads).
  if (!'?*+{'.includes(source[at] ?? '|')) return '';
  return /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at, at + 12))?.[0] ?? '';
}

function readAtom(source: string, at: number): Read {
  const char = source[at];
  if (char === '(') return readGroup(source, at);
  if (char === '[') {
    let i = at + 1;
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    return { empty: false, end: i + 1 };
  }
  if (char === '^' || char === '$') return { empty: true, end: at + 1 };
  if (char !== '\\') return { empty: false, end: at + 1 };
  // An escape other than a class or punctuation (\b, \1, \u0061…): possibly empty, so unknown.
  return { empty: !/[dswDSW\W]/.test(source[at + 1] ?? ''), end: at + 2 };
}

/**
 * A group; a lookaround matches no character. (A named group's `?<name>` is read as atoms of its
 * own: its end is still found, and `peel.ts` leaves capturing groups whole anyway.)
 */
function readGroup(source: string, at: number): Read {
  const lookaround = /^\(\?<?[=!]/.exec(source.slice(at, at + 4))?.[0];
  const opener = lookaround ?? (source.startsWith('(?:', at) ? '(?:' : '(');
  const inner = readAlternation(source, at + opener.length);
  return { empty: lookaround !== undefined || inner.empty, end: inner.end + 1 };
}
