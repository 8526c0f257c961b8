import { defineRule } from '../rule.ts';

/** De-roofing, the standard treatment (sheet 5.1): a clinician nicks the top and expresses the contents. */
export default defineRule({
  id: 'pro-deroofing',
  kind: 'professional',
  patterns: [
    '\\bde-?roof(?:ing|ed)?\\b',
    '\\bincision\\s+and\\s+(?:drainage|extraction|expression)\\b',
    '\\b(?:no\\.?|number|#)\\s*11\\s+blade\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'pro-deroofing', describes: 'pro-deroofing' },
  examples: [
    {
      text: 'De-roofing uses a sterile needle to pick out whatever is inside the milium.',
      expect: 'professional:describes',
    },
    {
      text: 'We extract milia by opening them with a No. 11 blade.',
      expect: 'professional:describes',
    },
  ],
});
