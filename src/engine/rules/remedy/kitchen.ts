import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Other kitchen remedies (sheet 3.8): none has milia evidence, and several irritate skin. */
export default defineRule({
  id: 'remedy-kitchen',
  kind: 'diy-remedy',
  patterns: [
    '\\btea[\\s-]?tree(?:\\s+oil)?\\b',
    '\\bgarlic\\b',
    '\\b(?:raw\\s+|manuka\\s+)?honey\\b',
    '\\b(?:castor|coconut|olive|jojoba|vitamin\\s+e)\\s+oil\\b',
    // Essential oils rolled or dabbed on, and a chest rub smeared on: "frankincense oil on the
    // milia every night", "a smear of Vicks overnight".
    '\\b(?:essential\\s+oils?|(?:frankincense|lavender|rosehip|argan|oregano|peppermint|clove|lemongrass)\\s+oils?)\\b',
    '\\b(?:vicks|vapou?r\\s*rub|chest\\s+rubs?)\\b',
    '\\baloe(?:\\s+vera)?\\b',
    '\\brose\\s*water\\b',
    '\\b(?:potato|cucumber|pomegranate|turmeric|fenugreek|sandalwood)\\b',
    '\\bhydrogen\\s+peroxide\\b',
    '\\bwitch\\s+hazel\\b',
    '\\b(?:granulated\\s+)?sugar\\b',
    // Aspirin made into a paste (salt, sugar's twin, is `salt.ts`).
    '\\b(?:(?:crushed|dissolved|mashed)\\s+aspirins?|aspirin\\s+(?:paste|mask)s?|paste\\s+of\\s+(?:crushed\\s+)?aspirin)\\b',
    '\\b(?:oatmeal|oats|bananas?|egg\\s+whites?)\\b',
    // What parents are told to put on a baby's milia, and the jars at hand.
    '\\b(?:breast\\s*milk|sudocrem|vaseline|petroleum\\s+jelly|(?:nappy|diaper)\\s+(?:rash\\s+)?creams?)\\b',
    // A feeding parent's jars only when put on the spots: their own use is for sore nipples.
    "\\b(?:nipple\\s+(?:cream|balm)s?|lanolin)\\s+(?:on|onto|to|into)\\s+(?:(?:the|his|her|their|my|your|baby['’]?s)\\s+)?(?:milia|spots|bumps|face|cheeks?|nose)\\b",
  ],
  span: 'sentence',
  notes: { recommends: 'diy-remedy.recommends' },
  accept: onSkin,
  examples: [
    // Essential oils and chest rubs are put on milia too; a diffuser's oil is not.
    {
      text: 'Dab a drop of lavender oil on each milium before bed.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Smear a little Vicks on your milia overnight.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'My milia are fading.\n\nThe diffuser in the hallway runs on lavender oil.',
      expect: null,
    },
    { text: "My milia are fading.\n\nVicks helps my son's cough at night.", expect: null },
    // Lanolin for a feeding parent's own use is no remedy for the baby's milia.
    {
      text: 'Lanolin is great for sore nipples when breastfeeding; baby milia will clear on their own.',
      expect: null,
    },
    {
      text: 'Castor oil massaged into the skin at night can draw the milia out.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Smear raw honey on your face to draw the milia out.',
      expect: 'diy-remedy:recommends',
    },
    { text: 'Honey on toast is a fine breakfast.', expect: null },
    {
      text: 'Dab a paste of crushed aspirin on each milium overnight.',
      expect: 'diy-remedy:recommends',
    },
    // Aspirin in the medicine cabinet is no remedy.
    { text: 'My milia faded.\n\nI took an aspirin for the headache and it helped.', expect: null },
    {
      text: "My aunt keeps telling me to rub breast milk on the baby's milia.",
      expect: 'diy-remedy:describes',
    },
    {
      text: "Please don't put Vaseline on your newborn's milia.",
      expect: 'diy-remedy:discourages',
    },
    { text: 'Baby milia clear alone.\n\nExpressed breast milk keeps in the fridge.', expect: null },
    { text: 'Natural milia remedies\n\n3. Apply manuka honey', expect: 'diy-remedy:recommends' },
    {
      text: 'Ways to clear milia\n\n2. Prick them open\n\n3. Dab on tea tree oil',
      expect: 'diy-remedy:recommends',
    },
    { text: 'Milia and my diet\n\nUse honey in your tea instead of sugar.', expect: null },
    {
      text: '6 kitchen fixes for milia\n\nCastor oil: work a few drops in at night.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'An egg white mask tightens as it dries and pulls at the keratin plugs in milia.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Soften milia the natural way\n\nAfterwards, mash half a banana with a spoonful of oats and leave it on for fifteen minutes.',
      expect: 'diy-remedy:recommends',
    },
    { text: 'Milia and my diet\n\nBanana bread: mash the bananas with a fork.', expect: null },
    // What it does, told as its help, and a caption's praise.
    { text: 'Aloe vera helps shrink milia overnight.', expect: 'diy-remedy:recommends' },
    {
      text: 'A burn on the hand from a honey pot helps no one with milia.',
      expect: 'diy-remedy:describes',
    },
    {
      text: 'My oatmeal paste is the only thing that touches my milia.',
      expect: 'diy-remedy:recommends',
    },
    // A feeding parent's jar, and a reply's "worth a go".
    {
      text: 'Reply: a smear of lanolin on the milia, worth a go.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Reply: nipple balm on his milia sorted his in days.',
      expect: 'diy-remedy:recommends',
    },
  ],
});
