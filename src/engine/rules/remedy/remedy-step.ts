import { defineRule } from '../rule.ts';
import type { SentenceFacts } from '../../sentence-facts.ts';
import { plainTitle } from '../title-line.ts';

/**
 * A step of a home remedy's recipe, once a page has recommended the remedy or a title introduced
 * it ("Soothing oatmeal mask for milia-prone skin", then "Blend two tablespoons of oats…",
 * "Apply it to clean skin…"). Like DIY removal steps, the steps rarely repeat the remedy or milia.
 * It has no words of its own; the detector adds it to instructions that follow the remedy.
 */
export default defineRule({
  id: 'remedy-step',
  kind: 'diy-remedy',
  patterns: [],
  span: 'sentence',
  notes: { recommends: 'diy-remedy.recommends' },
  examples: [
    {
      text: 'Soothing oatmeal mask for milia-prone skin\n\nBlend two tablespoons of oats with a spoonful of yoghurt.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Rub lemon juice on the milia every night.\nRinse with cool water after ten minutes.',
      expect: 'diy-remedy:recommends',
    },
    // A recipe's title need not name its ingredients; a skincare routine's is no recipe.
    {
      text: 'My overnight mask for milia\n\nWhisk the yolk with a little yoghurt and spread it thin.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'My evening routine for milia-prone skin\n\nPat on a light moisturiser and go to sleep.',
      expect: null,
    },
    // A title naming remedies as a topic introduces no recipe.
    { text: 'Natural remedies for milia\n\nWash your face with lukewarm water.', expect: null },
    // A warning ends the recipe: what follows is no step of it.
    {
      text: "Don't put lemon juice on milia.\nRinse with cool water and see your GP.",
      expect: null,
    },
    { text: 'Lemon juice for milia: does it work?\n\nRinse with cool water.', expect: null },
    // One remedy, cure or compress by name is a recipe; a list of remedies is a topic.
    {
      text: "My aunt's cucumber cure for milia\n\nGrate half a cucumber and lay it over the bumps.",
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'A chamomile home remedy for milia\n\nSteep two tea bags, cool them and rest them on the skin.',
      expect: 'diy-remedy:recommends',
    },
    {
      text: 'Home remedies for milia, compared\n\nWash your face with lukewarm water.',
      expect: null,
    },
    {
      text: 'Milia diaries\n\nHomemade honey and oat mask\n\nLeave it on for ten minutes, then rinse.',
      expect: 'diy-remedy:recommends',
    },
  ],
});

/**
 * A title that introduces one remedy's recipe: a short line without a sentence end that names a
 * particular remedy as something made or followed ("mask", "scrub", "routine", "trick", one "home
 * remedy", a "cure", a "compress"). "Natural remedies for milia" names a topic; "Lemon for milia:
 * myth or fact" questions it.
 */
const RECIPE_TITLE =
  /\b(?:masks?|scrubs?|routine|tricks?|hacks?|recipes?|toners?|pastes?|steams?|soaks?|remedy|cure|compress(?:es)?|poultices?)\b/u;
const TITLE_MAX = 70;
/** A recipe's title that says it is made at home needs no "for milia": "DIY coffee scrub". */
const MADE_AT_HOME = /\b(?:diy|homemade|home-made)\b/u;

export function introducesRemedy(facts: SentenceFacts): boolean {
  const { lower } = facts;
  return (
    plainTitle(lower, TITLE_MAX) &&
    RECIPE_TITLE.test(lower) &&
    (facts.has('milia-term') || MADE_AT_HOME.test(lower))
  );
}
