import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Toothpaste (sheet 3.5): detergents and flavourings irritate skin; milia are not wet. */
export default defineRule({
  id: 'remedy-toothpaste',
  kind: 'diy-remedy',
  patterns: ['\\btooth[\\s-]?paste\\b'],
  span: 'sentence',
  notes: { recommends: 'toothpaste' },
  accept: onSkin,
  examples: [
    // A praise cue negated is no praise.
    { text: 'Toothpaste on milia is not worth a shot.', expect: 'diy-remedy:describes' },
    {
      text: 'Q: Does putting toothpaste on milia overnight work?\n\nA: No, and it can leave you with a red patch.',
      expect: 'diy-remedy:discourages',
    },
    {
      text: 'Q: Does putting toothpaste on milia overnight work?\n\nA: Not really known.',
      expect: 'diy-remedy:describes',
    },
    { text: 'Dab a little toothpaste on each milium before bed.', expect: 'diy-remedy:recommends' },
    {
      text: "Reply: toothpaste on milia just burns your skin, please don't.",
      expect: 'diy-remedy:discourages',
    },
    // "…is how you get…" tells the harm it leads to.
    {
      text: 'Rubbing toothpaste on milia is how you get a rash.',
      expect: 'diy-remedy:discourages',
    },
    // A question about its harm asks; it does not warn.
    { text: 'Toothpaste on milia: risky?', expect: 'diy-remedy:describes' },
    { text: 'Toothpaste on milia is risky.', expect: 'diy-remedy:discourages' },
  ],
});
