/**
 * Small helpers for writing the engine's vocabulary as readable regex sources. Patterns are
 * written in lower case and matched against lower-cased text (same offsets), and must stay
 * linear: alternations of words and bounded gaps only, never a nested quantifier.
 */

/** An apostrophe as pages type it: straight, curly or a stray backtick. */
export const APOS = "['’‘`´]";

/** A gap of at most `n` words between two parts of a phrase. */
export function gap(n: number): string {
  return `(?:[\\w'’-]+\\s+){0,${n}}?`;
}

/** Alternation of word sources; spaces in a source match any run of white space. */
export function anyOf(...sources: readonly string[]): string {
  return `(?:${sources.map((s) => s.replace(/ /g, '\\s+')).join('|')})`;
}

/** Whole-word version of `anyOf`. */
export function words(...sources: readonly string[]): string {
  return `\\b${anyOf(...sources)}\\b`;
}

/**
 * Every match of a global regex. Unlike `matchAll`, which clones the regex on each call (and a
 * clone starts cold in V8's regex interpreter), this reuses the compiled one: several times
 * faster when called per sentence.
 */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    yield m;
  }
}
