import { defineRule } from '../rule.ts';

/**
 * The rest of a home-removal kit: cotton buds to press with, a magnifying mirror to aim by. Only a
 * finding as an item of DIY steps or of a list of what removal needs; anywhere else these are
 * ordinary bathroom things.
 */
export default defineRule({
  id: 'diy-supplies',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:cotton\\s+(?:buds?|swabs?|pads?|balls?|tips?)|q-?tips?|magnifying\\s+(?:mirror|glass|lamp))\\b',
  ],
  span: 'sentence',
  accept: (facts) => facts.inProcedure,
  examples: [
    {
      text: 'Things you need for removing milia:\n\n- a box of lancets\n- cotton buds\n- a magnifying mirror',
      expect: 'diy-extraction:recommends',
    },
    { text: 'Milia are harmless.\n\nTake off eye makeup with a cotton pad.', expect: null },
  ],
});
