import { compileDispatch } from './dispatch.ts';
import type { Hit } from './sentence-facts.ts';
import type { Rule } from './rules/rule.ts';

/**
 * All rules of a layer matched in one linear pass over the text however many rules it has: one
 * alternation of every rule's patterns, bucketed by first letter (`dispatch.ts`).
 */
export interface LayerMatcher {
  /** `lower` is the text after `lowerText`: same length and offsets, no case to fold. */
  match(lower: string): Hit[];
  /** The layer's expressions (their size is checked in tests/engine/expression-size.test.ts). */
  readonly expressions: readonly RegExp[];
  /** Steps that compile the layer's expressions on a sample (`warm-up.ts`). */
  warmUps(sample: string): (() => void)[];
}

export function compileLayer(rules: readonly Rule[]): LayerMatcher {
  const dispatcher = compileDispatch(
    rules.map((rule) => ({
      tag: rule,
      // Every pattern starts with \b: one \b in front of them all, rather than one per pattern
      // that V8 tests again for each alternative at every word start.
      sources: rule.patterns.map((pattern) => pattern.replace(/^\\b/, '')),
    })),
    // Every match starts a word: saying so up front lets the engine skip mid-word positions
    // without trying each alternative there (about five times faster on dense text).
    { notAfter: 'a-z0-9', starts: 'abcdefghijklmnopqrstuvwxyz#', wordBoundary: true },
  );
  return {
    expressions: dispatcher.expressions,
    warmUps: dispatcher.warmUps,
    match(lower) {
      const hits: Hit[] = [];
      dispatcher.scan(lower, (rule, start, end) => hits.push({ rule, start, end }));
      return hits;
    },
  };
}
