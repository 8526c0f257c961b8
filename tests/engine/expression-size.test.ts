import { describe, expect, it } from 'vitest';
import { MATCHERS } from '../../src/engine/detect.ts';
import { IMPERATIVE } from '../../src/engine/lexicon/imperative.ts';
import { ALL_CUES } from '../../src/engine/lexicon/stance.ts';
import { PART_SIZE } from '../../src/engine/split-alternation.ts';

/**
 * V8's (and SpiderMonkey's, which uses the same compiler) `kRegExpTooLargeToOptimize`: an
 * expression whose source is longer is compiled without its optimisations. Padding the stance
 * cues past it made their pass 3.6 times slower, so every detection round's patterns must leave
 * each big expression under it; a round that would cross it splits an expression instead.
 */
const TOO_LARGE_TO_OPTIMIZE = 20 * 1024;

const EXPRESSIONS: Record<string, readonly RegExp[]> = {
  'milia layer': MATCHERS.milia.parts,
  'audience layer': MATCHERS.audience.parts,
  'advice layer': MATCHERS.advice.parts,
  'myth layer': MATCHERS.myth.parts,
  'stance cues': ALL_CUES.parts,
  instructions: [IMPERATIVE],
};

describe('the engine’s big expressions', () => {
  for (const [name, parts] of Object.entries(EXPRESSIONS)) {
    it(`keep the ${name} small enough for the regular expression engines to optimise`, () => {
      for (const part of parts) expect(part.source.length).toBeLessThan(TOO_LARGE_TO_OPTIMIZE);
    });
  }

  // Each part compiles in a task of its own (src/engine/warm-up.ts); one part as big as the cues
  // whole compiled for up to 109 ms in Chromium, a long task in the hostile-page checks.
  it('are compiled in parts of a few thousand characters', () => {
    // A part may pass PART_SIZE by half a group, to keep the parts about equal in size.
    const most = PART_SIZE * 1.25;
    for (const part of Object.values(EXPRESSIONS).flat()) {
      expect(part.source.length).toBeLessThan(most);
    }
    expect(ALL_CUES.parts.length).toBeGreaterThan(1);
    expect(MATCHERS.advice.parts.length).toBeGreaterThan(1);
  });
});
