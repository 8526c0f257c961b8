/**
 * A big alternation, `prefix(?:(a)|(b)|…)`, compiled as several smaller expressions that together
 * find exactly what the one expression would.
 *
 * Why: a regular expression engine compiles an expression to machine code in one go, in one task.
 * The stance cues' 18 KB and the advice layer's 11 KB took 57 to 109 ms each in Chromium on a busy
 * machine, a long task of the extension's own however the page is scanned. Parts of a few KB
 * compile in a few ms each, and the page session warms each in a task of its own.
 */
export interface SplitAlternation {
  /**
   * Every match, left to right and not overlapping, as the one expression with the `g` flag
   * finds them: the leftmost start wins, and at one start the earliest alternative. `found` gets
   * the index of the alternative (its group) and the match's offsets.
   */
  scan(text: string, found: (group: number, start: number, end: number) => void): void;
  /** The parts, for the warm-up and for the size test. */
  readonly parts: readonly RegExp[];
}

/**
 * About the most source, in characters, one part should hold. Every part is another pass over
 * the text, so parts are few and as large as a short compile allows: the cues in two parts of
 * 9 KB compile in about 4 ms each in Node on an idle machine, against 14 ms whole, and scan
 * at 0.96 times the one expression's speed (`scripts/engine-speed.ts`).
 */
export const PART_SIZE = 9500;

/**
 * `groups` are the alternatives' sources, in priority order. They go, in order, into as few
 * parts as `partSize` allows, the parts about equal in size: a part ends before the group whose
 * middle would pass its share (so a part may pass `partSize` by half a group).
 */
export function splitAlternation(
  prefix: string,
  groups: readonly string[],
  partSize: number,
): SplitAlternation {
  const parts: RegExp[] = [];
  /** The index of each part's first group. */
  const firstGroup: number[] = [];
  // A group of its own inside an alternative would shift every later alternative's number.
  for (const source of [prefix, ...groups]) {
    if (capturingGroups(source) > 0) throw new Error(`a capturing group in ${source}`);
  }
  const lengths = groups.map((source) => source.length + 3);
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const share = total / Math.max(1, Math.ceil(total / partSize));
  let start = 0;
  let size = 0;
  const close = (end: number) => {
    const body = groups.slice(start, end).map((source) => `(${source})`);
    parts.push(new RegExp(`${prefix}(?:${body.join('|')})`, 'g'));
    firstGroup.push(start);
    start = end;
    size = 0;
  };
  lengths.forEach((length, i) => {
    if (i > start && size + length / 2 > share) close(i);
    size += length;
  });
  if (start < groups.length || parts.length === 0) close(groups.length);

  return {
    parts,
    scan(text, found) {
      // Each part's next match at or after `from`; a part's match at a given start does not
      // depend on where its search began, so one found earlier stays good until passed.
      let from = 0;
      const next = parts.map((part) => exec(part, text, 0));
      for (;;) {
        let best = -1;
        for (let p = 0; p < parts.length; p++) {
          const m = next[p];
          if (m && (best < 0 || m.index < next[best]!.index)) best = p;
        }
        if (best < 0) break;
        const m = next[best]!;
        let group = 1;
        while (group < m.length && m[group] === undefined) group += 1;
        const end = m.index + m[0].length;
        found(firstGroup[best]! + group - 1, m.index, end);
        from = end > m.index ? end : end + 1;
        for (let p = 0; p < parts.length; p++) {
          const n = next[p];
          if (n && n.index < from) next[p] = exec(parts[p]!, text, from);
        }
      }
    },
  };
}

/**
 * The capturing groups in a source, read rather than compiled (compiling an expression is the
 * cost this module spreads out): "(" that is not escaped, not in a class and not "(?", or "(?<"
 * that names a group rather than looking behind.
 */
function capturingGroups(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || /^<[^=!]/.test(source.slice(i + 2, i + 4))))
      count++;
  }
  return count;
}

function exec(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return from <= text.length ? re.exec(text) : null;
}
