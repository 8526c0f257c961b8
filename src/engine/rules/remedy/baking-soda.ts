import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Baking soda (sheet 3.4): alkaline, irritates and dries skin; no milia evidence. */
export default defineRule({
  id: 'remedy-baking-soda',
  kind: 'diy-remedy',
  patterns: ['\\b(?:baking\\s+soda|bicarbonate(?:\\s+of\\s+soda)?|bicarb)\\b'],
  span: 'sentence',
  notes: { recommends: 'baking-soda' },
  accept: onSkin,
  examples: [
    {
      text: 'Mix a teaspoon of bicarb with water until it forms a paste.\n\nSmooth it over the milia, let it dry, then rinse.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'A baking soda paste once a week keeps new milia from forming.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Make a paste of baking soda and water and rub it over the milia.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Never put baking soda on your face to treat milia.',
      expect: 'diy-remedy:discourages',
    },
    // Harm told by how it left the skin.
    { text: 'Baking soda on milia only left my skin raw.', expect: 'diy-remedy:discourages' },
  ],
});
