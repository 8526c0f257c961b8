import { type Peeled, peelEach } from './peel.ts';
import { alternativesOf } from './pattern-reader.ts';

/**
 * A long ordered alternation (a rule layer, the stance cues) matched as one pass over the text,
 * but with its alternatives sorted into buckets by the letter they can start with, each bucket
 * written `a(?:…|…)`: the letter once, then its alternatives without it (`peel.ts`). A flat
 * alternation of hundreds of alternatives makes V8 try every one of them, one after another, at
 * every word start; bucketed, it looks at one letter per bucket and then tries only the few
 * alternatives that can start with it (the advice layer's pass about 1.6 times as fast).
 *
 * The matches are exactly the plain alternation's: at one position the first alternative in the
 * original order that matches wins. Each bucket keeps the original order, only one bucket can
 * start at a position, and an alternative `peel.ts` cannot rewrite stays whole, after what came
 * before it in every bucket.
 * The expression has no capturing groups (one per entry and bucket made it slower than the plain
 * alternation); a match's entry is found afterwards by trying, at the match, the entries that
 * can start with its letter, in order. Matches are far rarer than word starts.
 */

export interface Tagged<T> {
  tag: T;
  /** Regex sources without capturing groups, in order of preference. */
  sources: readonly string[];
}

export interface DispatchOptions {
  /** A class body of what a match may not follow: `a-z0-9` makes matches start words. */
  notAfter: string;
  /** Every character a match may start with, one by one. */
  starts: string;
  /** Also a `\b` at the match's start. */
  wordBoundary?: boolean;
}

export interface Dispatcher<T> {
  /** Every expression it runs (tests/engine/expression-size.test.ts checks their size). */
  readonly expressions: readonly RegExp[];
  /**
   * Steps that read the patterns and compile every expression on `sample`, each a task of its own
   * in `warm-up.ts`, so that a page's first scan does not compile them.
   */
  warmUps(sample: string): (() => void)[];
  /** Each match in text order, with the tag of the entry whose source matched. */
  scan(lower: string, found: (tag: T, start: number, end: number) => void): void;
}

/**
 * Longest source of one expression: above 20 KB V8 and SpiderMonkey compile an expression
 * without their optimisations, and an alternative that can start with several letters is in
 * several buckets, so a long alternation is spread over several expressions.
 */
const MAX_SOURCE = 18 * 1024;

interface Alternative {
  entry: number;
  source: string;
  /** What is left after each letter it may start with (see `peelEach`). */
  after: Peeled;
  /** `peel.ts` leaves it whole: it may start with any letter. */
  whole: boolean;
}

/**
 * Built on first use: reading every pattern takes a few milliseconds per alternation, and done at
 * the engine bundle's load it made one task of a page's first scan too long (over 50 ms of the
 * extension's in Chromium), so `warm-up.ts` runs it as a task of its own.
 */
export function compileDispatch<T>(
  entries: readonly Tagged<T>[],
  options: DispatchOptions,
): Dispatcher<T> {
  let built: Built<T> | undefined;
  const get = () => (built ??= build(entries, options));
  // V8 interprets an expression's first run and compiles it to machine code for the second;
  // each part of an alternation is a task (one about 14 KB took 40 ms of a task in Chromium).
  const twice = (re: RegExp | undefined, sample: string) => {
    for (let i = 0; re && i < 2; i += 1) {
      re.lastIndex = 0;
      re.test(sample);
    }
  };
  return {
    get expressions() {
      return [...get().parts, ...get().own];
    },
    warmUps: (sample) => [
      () => void get(),
      ...Array.from({ length: MAX_PARTS }, (_, i) => () => twice(get().parts[i], sample)),
      () => get().own.forEach((re) => twice(re, sample)),
    ],
    scan: (lower, found) => get().scan(lower, found),
  };
}

/** As many parts as `warmUps` compiles one by one; more would compile in the first scan. */
const MAX_PARTS = 4;

interface Built<T> {
  parts: RegExp[];
  /** Each entry's own alternatives, tried at a match to tell whose it is. */
  own: RegExp[];
  scan: Dispatcher<T>['scan'];
}

function build<T>(entries: readonly Tagged<T>[], options: DispatchOptions): Built<T> {
  const alternatives = entries.flatMap(({ sources }, entry) =>
    sources.flatMap(alternativesOf).map((source): Alternative => {
      const after = peelEach(source, options.starts);
      return { entry, source, after: after ?? {}, whole: after === undefined };
    }),
  );
  const parts = partsOf(alternatives, options.starts, options);
  const own = entries.map(({ sources }) => new RegExp(`(?:${sources.join('|')})`, 'y'));
  const candidates: number[][] = [];
  for (const char of options.starts)
    candidates[char.charCodeAt(0)] = alternatives
      .filter(({ after, whole }) => whole || after[char] !== undefined)
      .map(({ entry }) => entry)
      .filter((entry, i, all) => all[i - 1] !== entry);
  const tagAt = (lower: string, at: number): T => {
    const indices = candidates[lower.charCodeAt(at)] ?? [];
    let index = indices[0] ?? 0;
    for (let i = 0; i < indices.length - 1; i += 1, index = indices[i] ?? 0) {
      const re = own[index] as RegExp;
      re.lastIndex = at;
      if (re.test(lower)) break;
    }
    return (entries[index] as Tagged<T>).tag;
  };
  const used = own.filter((_, i) => entries[i]?.sources.length);
  const scan = parts.length === 1 ? scanOne(parts[0] as RegExp, tagAt) : scanMany(parts, tagAt);
  return { parts, own: used, scan };
}

/** One expression for the matches starting with `chars`, or several when one would be too long. */
function partsOf(
  alternatives: readonly Alternative[],
  chars: string,
  options: DispatchOptions,
): RegExp[] {
  const segments = segmentsOf(alternatives, chars);
  if (segments.length === 0) return [];
  const starts = segments.map((segment) => segment.chars).join('');
  const boundary = options.wordBoundary ? '\\b' : '';
  const head = `(?<![${options.notAfter}])(?=[${classOf([...new Set(starts)].join(''))}])${boundary}`;
  const source = `${head}(?:${segments.map(sourceOf).join('|')})`;
  if (source.length <= MAX_SOURCE || chars.length < 2) return [new RegExp(source, 'g')];
  const half = Math.ceil(chars.length / 2);
  return [
    ...partsOf(alternatives, chars.slice(0, half), options),
    ...partsOf(alternatives, chars.slice(half), options),
  ];
}

/** Alternatives in order: a bucket of one letter's, peeled, or one that stays whole. */
interface Segment {
  chars: string;
  /** Each source without its first character, which the segment reads once. */
  peeled: boolean;
  sources: string[];
}

/** The alternatives that can start with `chars`, bucketed, in an order each letter agrees with. */
function segmentsOf(alternatives: readonly Alternative[], chars: string): Segment[] {
  const segments: Segment[] = [];
  const pending = new Map<string, string[]>();
  const flush = (char: string) => {
    const sources = pending.get(char);
    if (sources?.length) segments.push({ chars: char, peeled: true, sources });
    pending.delete(char);
  };
  for (const { source, after, whole } of alternatives) {
    // One `peel.ts` cannot rewrite stays as it is, after whatever came before it for every
    // letter. (Keeping long alternatives that start with several letters whole too, to save
    // length, made the stance cues' pass slower than peeling them into every letter's bucket.)
    if (whole) {
      [...chars].forEach(flush);
      segments.push({ chars, peeled: false, sources: [source] });
      continue;
    }
    for (const char of chars) {
      const rest = after[char];
      if (typeof rest === 'string') pending.set(char, [...(pending.get(char) ?? []), rest]);
    }
  }
  // The last segment of each letter: letters with the same alternatives share one.
  const last = new Map<string, Segment>();
  for (const [char, sources] of pending) {
    const key = sources.join('|');
    const segment = last.get(key);
    if (segment) segment.chars += char;
    else last.set(key, { chars: char, peeled: true, sources });
  }
  return [...segments, ...last.values()];
}

function sourceOf({ chars, peeled, sources }: Segment): string {
  const set = `[${classOf(chars)}]`;
  return peeled ? `${set}(?:${sources.join('|')})` : sources.join('|');
}

function classOf(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

type TagAt<T> = (lower: string, at: number) => T;

function scanOne<T>(re: RegExp, tagAt: TagAt<T>): Dispatcher<T>['scan'] {
  return (lower, found) => {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (m[0].length === 0) re.lastIndex += 1;
      found(tagAt(lower, m.index), m.index, m.index + m[0].length);
    }
  };
}

/**
 * Several expressions read as one: their buckets start with different letters, so at most one
 * matches at a position, and the earliest match wins; an expression whose next match started
 * inside the winner looks again from the winner's end, as the single pass would.
 */
function scanMany<T>(parts: readonly RegExp[], tagAt: TagAt<T>): Dispatcher<T>['scan'] {
  return (lower, found) => {
    const next: (RegExpExecArray | null)[] = parts.map(() => null);
    const stale = parts.map(() => true);
    for (let at = 0; ;) {
      let best = -1;
      for (let i = 0; i < parts.length; i += 1) {
        let m = next[i] ?? null;
        if (stale[i] || (m && m.index < at)) {
          const re = parts[i] as RegExp;
          re.lastIndex = at;
          m = next[i] = re.exec(lower);
          stale[i] = false;
        }
        if (m && (best < 0 || m.index < (next[best] as RegExpExecArray).index)) best = i;
      }
      if (best < 0) return;
      const m = next[best] as RegExpExecArray;
      found(tagAt(lower, m.index), m.index, m.index + m[0].length);
      at = m.index + Math.max(m[0].length, 1);
      stale[best] = true;
    }
  };
}
