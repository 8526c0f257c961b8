import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Steam (sheet 3.7): no evidence it clears milia; hot steam can scald and milia are not in pores. */
export default defineRule({
  id: 'remedy-steam',
  kind: 'diy-remedy',
  patterns: ['\\bsteam(?:s|ed|ing|er)?\\b', '\\b(?:facial|face)\\s+saunas?\\b'],
  span: 'sentence',
  notes: { recommends: 'steam' },
  accept: onSkin,
  examples: [
    {
      text: 'Gentle facial steaming softens the skin and may bring milia to the surface.',
      expect: 'diy-remedy:recommends',
    },
    { text: "I'd recommend steaming for anyone with milia.", expect: 'diy-remedy:recommends' },
    { text: 'Steam the broccoli for five minutes.', expect: null },
  ],
});
