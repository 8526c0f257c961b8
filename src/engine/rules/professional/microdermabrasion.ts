import { defineRule } from '../rule.ts';

/** Microdermabrasion in a clinic (sheet 5.6): offered by some clinics; no good evidence for milia. */
export default defineRule({
  id: 'pro-microdermabrasion',
  kind: 'professional',
  patterns: ['\\bmicrodermabrasion\\b'],
  span: 'sentence',
  notes: { recommends: 'pro-microdermabrasion', describes: 'pro-microdermabrasion' },
  examples: [
    { text: 'Some clinics offer microdermabrasion for milia.', expect: 'professional:describes' },
  ],
});
