import { alternativesOf, firstTerm, matchesEmpty } from './pattern-reader.ts';

/** For each character a pattern can start with, the pattern left once that character is read. */
export type Peeled = Partial<Record<string, string>>;

/**
 * What is left of a regex source once a match of it has read its first character, for each of
 * `chars` it can start with: the source that must match right after that character (a character
 * missing from the result is one it cannot start with). `dispatch.ts` writes a bucket as
 * `a(?:…|…)`, the letter read once and then the bucket's alternatives each without it, which V8
 * rejects at a glance at a word starting with another letter (a lookahead `(?=a)` in front of
 * each bucket made the pass slower than the plain alternation).
 *
 * Each result tries the same ways of matching in the same order, so the first match found is the
 * same. `undefined`: the pattern must stay whole, being a shape this does not rewrite (a counted
 * repeat in front, a capturing group, an escape it does not know) or one that can match the empty
 * string anywhere. All characters are worked out in one reading of the pattern: the engine bundle
 * does this for every alternative when it loads.
 */
export function peelEach(source: string, chars: string): Peeled | undefined {
  return matchesEmpty(source) ? undefined : peel(source, chars);
}

function peel(sequence: string, chars: string): Peeled | undefined {
  if (sequence === '') return {};
  const { atom, quantifier, rest, mayBeEmpty } = firstTerm(sequence);
  // An assertion in front holds where the character is: after reading it, look behind it.
  if (/^(?:\\[bB]|\^|\$|\(\?<?[=!])/.test(atom) && quantifier === '') {
    return mapPeeled(peel(rest, chars), (after) => `(?<=${atom}.)${after}`);
  }
  if (mayBeEmpty) return undefined;
  const read = peelAtom(atom, chars);
  if (read === undefined) return undefined;
  const lazy = quantifier.endsWith('?') && quantifier.length > 1;
  const repeat = lazy ? quantifier.slice(0, -1) : quantifier;
  if (repeat === '') return mapPeeled(read, (after) => after + rest);
  const single = !atom.startsWith('(');
  // x+ is x then x*; x? and x* either read the character in the atom or leave it to the rest.
  if (repeat === '+')
    return single ? mapPeeled(read, () => `${atom}*${lazy ? '?' : ''}${rest}`) : undefined;
  if (repeat !== '?' && (repeat !== '*' || !single)) return undefined;
  const skipped = peel(rest, chars);
  if (skipped === undefined) return undefined;
  const peeled: Peeled = {};
  for (const char of chars) {
    const inAtom = read[char];
    const taken =
      inAtom === undefined ? undefined : repeat === '*' ? atom + quantifier + rest : inAtom + rest;
    const ways = lazy ? [skipped[char], taken] : [taken, skipped[char]];
    const either = eitherOf(ways);
    if (either !== undefined) peeled[char] = either;
  }
  return peeled;
}

/** An atom after it read each character: '' for one character, what is left of a group for a group. */
function peelAtom(atom: string, chars: string): Peeled | undefined {
  const peeled: Peeled = {};
  if (atom.startsWith('(')) {
    if (!atom.startsWith('(?:')) return undefined;
    const each = alternativesOf(atom.slice(3, -1)).map((alternative) => peel(alternative, chars));
    if (each.includes(undefined)) return undefined;
    for (const char of chars) {
      const either = eitherOf(each.map((alternative) => alternative?.[char]));
      if (either !== undefined) peeled[char] = either;
    }
    return peeled;
  }
  // A literal character, the common case, needs no expression to test it.
  const literal =
    atom === '.' ? undefined : atom.length === 1 ? atom : /^\\\W$/.test(atom) ? atom[1] : undefined;
  if (literal !== undefined) {
    if (chars.includes(literal)) peeled[literal] = '';
    return peeled;
  }
  // Escapes that stand for a code or a backreference (\u00e9, \1) are not one atom here.
  if (/\\[\dbBckpPux]/i.test(atom.replace(/\\[dswDSW]/g, ''))) return undefined;
  const one = new RegExp(`^${atom}$`);
  for (const char of chars) if (one.test(char)) peeled[char] = '';
  return peeled;
}

function mapPeeled(peeled: Peeled | undefined, map: (after: string) => string): Peeled | undefined {
  if (peeled === undefined) return undefined;
  const mapped: Peeled = {};
  for (const [char, after] of Object.entries(peeled))
    if (after !== undefined) mapped[char] = map(after);
  return mapped;
}

/** The ways that can still match, in order, as one group. */
function eitherOf(ways: readonly (string | undefined)[]): string | undefined {
  const left = ways.filter((way): way is string => way !== undefined);
  if (left.length === 0) return undefined;
  return left.length === 1 ? left[0] : `(?:${left.join('|')})`;
}
