import type { Hit } from './sentence-facts.ts';
import type { Rule } from './rules/rule.ts';

/**
 * All rules of a layer compiled into one regular expression with one group per rule, so a layer
 * costs a single linear pass over the text however many rules it has.
 */
export interface LayerMatcher {
  /** `lower` is the text after `lowerText`: same length and offsets, no case to fold. */
  match(lower: string): Hit[];
  /** The layer's one expression (its size is checked in tests/engine/expression-size.test.ts). */
  readonly expression: RegExp;
}

export function compileLayer(rules: readonly Rule[]): LayerMatcher {
  const withPatterns = rules.filter((rule) => rule.patterns.length > 0);
  // Every pattern starts with \b: one \b in front of them all, rather than one per pattern that
  // V8 tests again for each alternative at every word start (a fifth of the pass on dense text).
  const source = withPatterns
    .map((rule) => `(${rule.patterns.map((pattern) => pattern.replace(/^\\b/, '')).join('|')})`)
    .join('|');
  // Every match starts a word: saying so up front lets the engine skip mid-word positions
  // without trying each alternative there (about five times faster on dense text).
  const re = new RegExp(`(?<![a-z0-9])(?=[a-z#])\\b(?:${source})`, 'g');
  return {
    expression: re,
    match(lower) {
      const hits: Hit[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        let group = 1;
        while (group < m.length && m[group] === undefined) group += 1;
        const rule = withPatterns[group - 1];
        if (rule) hits.push({ rule, start: m.index, end: m.index + m[0].length });
      }
      return hits;
    },
  };
}
