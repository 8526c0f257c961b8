import type { Hit } from './sentence-facts.ts';
import type { Rule } from './rules/rule.ts';
import { PART_SIZE, splitAlternation } from './split-alternation.ts';

/**
 * All rules of a layer compiled into one regular expression with one group per rule, so a layer
 * costs a single linear pass over the text however many rules it has.
 */
export interface LayerMatcher {
  /** `lower` is the text after `lowerText`: same length and offsets, no case to fold. */
  match(lower: string): Hit[];
  /** The layer's expressions (their size is checked in tests/engine/expression-size.test.ts). */
  readonly parts: readonly RegExp[];
}

export function compileLayer(rules: readonly Rule[]): LayerMatcher {
  const withPatterns = rules.filter((rule) => rule.patterns.length > 0);
  // Every pattern starts with \b: one \b in front of them all, rather than one per pattern that
  // V8 tests again for each alternative at every word start (a fifth of the pass on dense text).
  const groups = withPatterns.map((rule) =>
    rule.patterns.map((pattern) => pattern.replace(/^\\b/, '')).join('|'),
  );
  // Every match starts a word: saying so up front lets the engine skip mid-word positions
  // without trying each alternative there (about five times faster on dense text). The \b
  // first rejects a mid-word position fastest.
  const all = splitAlternation('\\b(?<![a-z0-9])(?=[a-z#])', groups, PART_SIZE);
  return {
    parts: all.parts,
    match(lower) {
      const hits: Hit[] = [];
      all.scan(lower, (group, start, end) => hits.push({ rule: withPatterns[group]!, start, end }));
      return hits;
    },
  };
}
