import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Steam (sheet 3.7): no evidence it clears milia; hot steam can scald and milia are not in pores. */
export default defineRule({
  id: 'remedy-steam',
  kind: 'diy-remedy',
  patterns: [
    '\\bsteam(?:s|ed|ing|er)?\\b',
    '\\b(?:facial|face)\\s+saunas?\\b',
    // Steaming told by what you do: "lean over a bowl of hot water with a towel over your head".
    '\\b(?:bowl|basin|pot|sink)\\s+(?:of|full\\s+of|with)\\s+(?:hot|boiling|steaming|just[\\s-]boiled)\\s+water\\b',
  ],
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
    {
      text: 'For milia, hang your face over a basin of hot water for ten minutes to soften the skin.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Milia will not budge, however long you hold your face over a pot of boiling water.',
      expect: 'diy-remedy:discourages',
    },
    {
      text: 'Milia are tiny cysts.\n\nCook the pasta in a pot of boiling water for nine minutes.',
      expect: null,
    },
  ],
});
