import { defineRule } from '../rule.ts';

/** Cryotherapy (sheet 5.2): an option, with blistering and pigment risks. */
export default defineRule({
  id: 'pro-cryotherapy',
  kind: 'professional',
  patterns: ['\\bcryo(?:therapy|surgery)?\\b', '\\bliquid\\s+nitrogen\\b'],
  span: 'sentence',
  notes: { recommends: 'pro-cryotherapy', describes: 'pro-cryotherapy' },
  examples: [
    {
      text: 'Our cryo treatment freezes milia off in ten minutes.',
      expect: 'professional:describes',
    },
    {
      text: 'Cryotherapy freezes the milia with liquid nitrogen.',
      expect: 'professional:describes',
    },
  ],
});
