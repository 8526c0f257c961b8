import { defineRule } from '../rule.ts';
import { onFaceOrBumps } from './on-skin.ts';

/**
 * Salt rubbed on milia, sugar's twin as a kitchen remedy (sheet 3.8: no milia evidence, and it
 * scratches). Salt is on far more dishes, boards and spills than faces, so only a sentence aiming
 * it at the bumps or the face counts.
 */
export default defineRule({
  id: 'remedy-salt',
  kind: 'diy-remedy',
  patterns: ['\\b(?:(?:sea|fine|table|epsom|himalayan|pink|rock)\\s+)?salt(?:\\s+water)?\\b'],
  span: 'sentence',
  notes: { recommends: 'diy-remedy.recommends' },
  accept: onFaceOrBumps,
  examples: [
    {
      text: 'Rub a pinch of fine sea salt over the milia on your cheeks each evening.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'My milia faded.\n\nRub sea salt into the pork skin so the crackling crisps.',
      expect: null,
    },
    {
      text: 'Massage a little salt water into the milia around your nose.',
      expect: 'diy-remedy:recommends',
    },
    // "It" and "them" are a dish's or a board's as often as the bumps'.
    {
      text: 'Milia are harmless.\n\nScatter flaky salt over the roast peppers and let them sit.',
      expect: null,
    },
    { text: 'Milia are harmless.\n\nRub coarse salt into it and bake for an hour.', expect: null },
    {
      text: 'Milia are harmless.\n\nPour salt on the coffee spill on the rug to draw it up.',
      expect: null,
    },
  ],
});
