import { expect, test } from 'vitest';
import { labelsOf } from './support/labels.ts';

/**
 * How a whole sentence's wording sets the stance towards a practice it names: what the sentence
 * says of the practice decides, not only whether it names it.
 */

test('a practice named as the subject of a denial is not an instruction to do it', () => {
  const text =
    'Hot steam won’t shift milia. Steam won’t open a bump that has no pore, it just warms the skin.';
  expect(labelsOf(text, 'Steam won')).not.toContain('diy-remedy:recommends');
  const told = 'Steam your face over a bowl of hot water to soften the milia.';
  expect(labelsOf(told, told)).toContain('diy-remedy:recommends');
});
