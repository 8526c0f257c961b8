import { expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import { WARM_UP_SENTENCES, WARM_UPS } from '../../src/engine/warm-up.ts';

test('every warm-up runs, and leaves the engine finding what it found before', () => {
  const text = 'Milia again. Never squeeze them with tweezers.';
  const before = detect(text);
  for (const warmUp of WARM_UPS) warmUp();
  expect(detect(text)).toEqual(before);
});

// A sentence the judging turned away early would warm nothing past the first check.
test.each(WARM_UP_SENTENCES)('the warm-up sentence "%s" is judged to a finding', (sentence) => {
  expect(detect(sentence, { aboutMilia: true })).not.toEqual([]);
});
