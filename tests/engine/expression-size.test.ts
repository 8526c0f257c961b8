import { describe, expect, it } from 'vitest';
import { MATCHERS } from '../../src/engine/detect.ts';
import { IMPERATIVE } from '../../src/engine/lexicon/imperative.ts';
import { CUE_MATCHER } from '../../src/engine/lexicon/stance.ts';

/**
 * V8's (and SpiderMonkey's, which uses the same compiler) `kRegExpTooLargeToOptimize`: an
 * expression whose source is longer is compiled without its optimisations. Padding the stance
 * cues past it made their pass 3.6 times slower, so every detection round's patterns must leave
 * each big expression under it; a round that would cross it splits an expression instead.
 */
const TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

/** Every expression the passes run: a bucketed alternation may be split over several. */
const EXPRESSIONS: Record<string, readonly RegExp[]> = {
  'milia layer': MATCHERS.milia.expressions,
  'audience layer': MATCHERS.audience.expressions,
  'advice layer': MATCHERS.advice.expressions,
  'myth layer': MATCHERS.myth.expressions,
  'stance cues': CUE_MATCHER.expressions,
  instructions: [IMPERATIVE],
};

describe('the engine’s big expressions', () => {
  for (const [name, expressions] of Object.entries(EXPRESSIONS)) {
    it(`keep the ${name} small enough for the regular expression engines to optimise`, () => {
      const lengths = expressions.map((expression) => expression.source.length);
      expect(Math.max(...lengths)).toBeLessThan(TOO_LARGE_TO_OPTIMIZE);
    });
  }
});
