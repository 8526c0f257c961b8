import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Lemon or lime juice (sheet 3.3): furocoumarins can burn skin in sunlight; no milia evidence. */
export default defineRule({
  id: 'remedy-lemon',
  kind: 'diy-remedy',
  patterns: ['\\b(?:lemon|lime)(?:\\s+juice)?s?\\b'],
  span: 'sentence',
  notes: { recommends: 'lemon-juice' },
  accept: onSkin,
  examples: [
    {
      text: 'A dab of lemon juice each night is said to shrink milia.',
      expect: 'diy-remedy:describes',
    },
    {
      text: 'Lemon juice on milia is not the only thing that works.',
      expect: 'diy-remedy:describes',
    },
    { text: 'Dab fresh lemon juice on the milia every night.', expect: 'diy-remedy:recommends' },
    {
      text: 'Lemon juice on the milia near your eyes is a terrible idea.',
      expect: 'diy-remedy:discourages',
    },
    {
      text: 'I swear by rubbing a slice of lemon on my milia every night.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Some people swear by lemon juice on milia, but there is no evidence it works.',
      expect: 'diy-remedy:discourages',
    },
    { text: 'Mix baking soda with a little lemon juice to clean the grout.', expect: null },
    { text: 'Lemon juice on milia has caused chemical burns.', expect: 'diy-remedy:discourages' },
    { text: 'Lemon juice on milia left my skin fine.', expect: 'diy-remedy:describes' },
  ],
});
