import type { Hit } from './sentence-facts.ts';
import type { Rule } from './rules/rule.ts';

/**
 * All rules of a layer compiled into one regular expression with one group per rule, so a layer
 * costs a single linear pass over the text however many rules it has.
 */
export interface LayerMatcher {
  match(text: string): Hit[];
}

export function compileLayer(rules: readonly Rule[]): LayerMatcher {
  const withPatterns = rules.filter((rule) => rule.patterns.length > 0);
  const source = withPatterns.map((rule) => `(${rule.patterns.join('|')})`).join('|');
  const re = new RegExp(source, 'giu');
  return {
    match(text) {
      const hits: Hit[] = [];
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        if (m[0].length === 0) continue;
        const group = m.findIndex((value, i) => i > 0 && value !== undefined);
        const rule = withPatterns[group - 1];
        if (rule) hits.push({ rule, start: m.index, end: m.index + m[0].length });
      }
      return hits;
    },
  };
}
