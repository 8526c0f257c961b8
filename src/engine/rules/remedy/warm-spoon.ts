import { defineRule } from '../rule.ts';
import { onFaceOrBumps } from './on-skin.ts';

/**
 * A warm or heated spoon pressed on the bumps: heat held to the skin, as a compress is. Spoons
 * are heated far more often for cooking or a splinter, so only a sentence aiming one at the bumps
 * or the face counts ("hold it under …" may be a splinter's).
 */
export default defineRule({
  id: 'remedy-warm-spoon',
  kind: 'diy-remedy',
  patterns: [
    // "A hot teaspoon pressed on each milium", "warm a metal spoon under the tap".
    '\\b(?:hot|warm(?:ed)?|heated)\\s+(?:metal\\s+|silver\\s+)?(?:tea|dessert)?spoons?\\b',
    '\\b(?:tea|dessert)?spoons?\\b(?<=\\b(?:warm|heat)\\s+(?:a|the|your)\\s+(?:metal\\s+|silver\\s+)?(?:tea|dessert)?spoons?)',
  ],
  span: 'sentence',
  // The generic remedy note (no evidence; can irritate or burn; riskier near the eyes) fits a
  // spoon heated in a flame or held near the eye better than the lukewarm cloth's.
  notes: { recommends: 'diy-remedy.recommends' },
  accept: onFaceOrBumps,
  examples: [
    // A warm spoon held on the bumps; a spoon in the kitchen is no remedy.
    {
      text: 'Heat a teaspoon in hot water and hold its back against each milium for a minute.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'My milia have faded.\n\nWarm a spoon of honey in the microwave and stir it into the porridge.',
      expect: null,
    },
    {
      text: 'Press a warmed teaspoon to the milia under your eyes each night.',
      expect: 'diy-remedy:recommends',
    },
    // A spoon heated for a splinter or for syrup is no remedy, "it" being the splinter's.
    {
      text: 'Milia are harmless.\n\nHeat a spoon and press it over the thorn so it works out.',
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nWarm the spoon under the hot tap before you measure out the treacle.',
      expect: null,
    },
    // The face as the spoon's place, and face words that are not: another lesion on the face,
    // "face" as a verb.
    {
      text: 'I get milia every winter.\n\nHold a warm teaspoon against your cheeks for a minute to soften the little white bumps.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Milia are harmless.\n\nWarm a teaspoon and hold it on the wasp sting on your chin for a while.',
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nHeat a teaspoon over the hob to face the caramel shards neatly.',
      expect: null,
    },
  ],
});
