import { describe, expect, it } from 'vitest';
import { MATCHERS } from '../../src/engine/detect.ts';
import { IMPERATIVE } from '../../src/engine/lexicon/imperative.ts';
import { ALL_CUES } from '../../src/engine/lexicon/stance.ts';

/**
 * V8's (and SpiderMonkey's, which uses the same compiler) `kRegExpTooLargeToOptimize`: an
 * expression whose source is longer is compiled without its optimisations. Padding the stance
 * cues past it made their pass 3.6 times slower, so every detection round's patterns must leave
 * each big expression under it; a round that would cross it splits an expression instead.
 */
const TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

const EXPRESSIONS: Record<string, RegExp> = {
  'milia layer': MATCHERS.milia.expression,
  'audience layer': MATCHERS.audience.expression,
  'advice layer': MATCHERS.advice.expression,
  'myth layer': MATCHERS.myth.expression,
  'stance cues': ALL_CUES,
  instructions: IMPERATIVE,
};

describe('the engine’s big expressions', () => {
  for (const [name, expression] of Object.entries(EXPRESSIONS)) {
    it(`keep the ${name} small enough for the regular expression engines to optimise`, () => {
      expect(expression.source.length).toBeLessThan(TOO_LARGE_TO_OPTIMIZE);
    });
  }
});
