import { alternativesOf, firstTerm, matchesEmpty } from './pattern-reader.ts';

/**
 * What is left of a regex source once a match of it has read its first character `char`: the
 * source that must match right after that character. `dispatch.ts` writes a bucket as
 * `a(?:…|…)`, the letter read once and then the bucket's alternatives each without it, which V8
 * rejects at a glance at a word starting with another letter (a lookahead `(?=a)` in front of
 * each bucket made the pass slower than the plain alternation).
 *
 * The result tries the same ways of matching in the same order, so the first match found is the
 * same. `null`: the source cannot start with `char` (which is how `dispatch.ts` learns the letters
 * a pattern can start with). `undefined`: a shape this does not rewrite (a counted repeat in
 * front, a capturing group, an escape it does not know); the caller keeps the source whole.
 */
/**
 * `afterFirst` for each of `chars`, or `undefined` when the pattern must stay whole: a shape
 * `afterFirst` does not rewrite, or a pattern that can match the empty string anywhere.
 */
export function peelEach(
  source: string,
  chars: string,
): Partial<Record<string, string | null>> | undefined {
  const after = [...chars].map((char) => [char, afterFirst(source, char)] as const);
  if (matchesEmpty(source) || after.some(([, rest]) => rest === undefined)) return undefined;
  return Object.fromEntries(after);
}

export function afterFirst(sequence: string, char: string): string | null | undefined {
  if (sequence === '') return null;
  const { atom, quantifier, rest, mayBeEmpty } = firstTerm(sequence);
  // An assertion in front holds where the character is: after reading it, look behind it.
  if (/^(?:\\[bB]|\^|\$|\(\?<?[=!])/.test(atom) && quantifier === '') {
    const after = afterFirst(rest, char);
    return typeof after === 'string' ? `(?<=${atom}.)${after}` : after;
  }
  if (mayBeEmpty) return undefined;
  const read = atomAfter(atom, char);
  if (read === undefined) return undefined;
  const lazy = quantifier.endsWith('?') && quantifier.length > 1;
  const repeat = lazy ? quantifier.slice(0, -1) : quantifier;
  if (repeat === '') return read === null ? null : read + rest;
  const single = !atom.startsWith('(');
  // x+ is x then x*; x? and x* either read char in the atom or leave it to the rest.
  if (repeat === '+')
    return !single ? undefined : read === null ? null : `${atom}*${lazy ? '?' : ''}${rest}`;
  if (repeat !== '?' && (repeat !== '*' || !single)) return undefined;
  const skipped = afterFirst(rest, char);
  if (skipped === undefined) return undefined;
  const taken = read === null ? null : repeat === '*' ? `${atom}${quantifier}${rest}` : read + rest;
  return either(lazy ? [skipped, taken] : [taken, skipped]);
}

/** An atom after it read `char`: '' for one character, what is left of a group for a group. */
function atomAfter(atom: string, char: string): string | null | undefined {
  if (atom.startsWith('(')) {
    if (!atom.startsWith('(?:')) return undefined;
    const each = alternativesOf(atom.slice(3, -1)).map((a) => afterFirst(a, char));
    if (each.includes(undefined)) return undefined;
    return either(each as (string | null)[]);
  }
  // Escapes that stand for a code or a backreference (\u00e9, \1) are not one atom here.
  if (/\\[\dbBckpPux]/i.test(atom.replace(/\\[dswDSW]/g, ''))) return undefined;
  return new RegExp(`^${atom}$`).test(char) ? '' : null;
}

/** The alternatives that can still match, in order, as one group. */
function either(alternatives: readonly (string | null)[]): string | null {
  const left = alternatives.filter((a): a is string => a !== null);
  if (left.length === 0) return null;
  return left.length === 1 ? (left[0] as string) : `(?:${left.join('|')})`;
}
