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
    // The face as the place the salt goes, and face words that are not its place: a verb, a
    // fall, a boat's nose, a safety line, a sting on the chin.
    {
      text: 'I get milia every winter.\n\nPress a little fine salt onto your chin and forehead to clear the tiny white bumps.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Milia are harmless.\n\nSalt the lamb chops and face the fatty edge towards the flame.',
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nGrit the path with rock salt so the postman never lands on his face.',
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nScatter salt on the snails on the nose of the canoe.',
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nA salt soak eases tired calves; rinse at once if any gets into your eyes.',
      expect: null,
    },
  ],
});
