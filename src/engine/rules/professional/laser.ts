import { defineRule } from '../rule.ts';

/** Laser ablation (sheet 5.4): reported for extensive milia; eye shields are essential near the eyes. */
export default defineRule({
  id: 'pro-laser',
  kind: 'professional',
  patterns: [
    '\\b(?:co2|erbium(?::yag)?|ablative|fractional)?\\s*lasers?(?:\\s+(?:ablation|therapy|treatments?|resurfacing))?\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'pro-laser', describes: 'pro-laser' },
  examples: [
    {
      text: 'A dermatologist can remove milia safely with a laser.',
      expect: 'professional:recommends',
    },
    // A cyst too deep for the clinician's needle tells what she did instead: no DIY, no warning.
    {
      text: 'My dermatologist found one milium was lodged too deep for her to lift out, so she used a laser on it instead.',
      expect: 'professional:describes',
    },
  ],
});
