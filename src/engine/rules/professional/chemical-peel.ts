import { defineRule } from '../rule.ts';

/** Chemical peels in a clinic (sheet 5.5): weak evidence, and peels can also trigger milia. */
export default defineRule({
  id: 'pro-chemical-peel',
  kind: 'professional',
  patterns: ['\\b(?:chemical|clinic|in-office|professional|medical[\\s-]grade)\\s+peels?\\b'],
  span: 'sentence',
  notes: { recommends: 'pro-chemical-peel', describes: 'pro-chemical-peel' },
  examples: [
    {
      text: 'A chemical peel lifts off the top layer of skin so fresh skin and fewer milia come through.',
      expect: 'professional:describes',
    },
  ],
});
