import { defineRule } from '../rule.ts';
import { offFace } from './not-face.ts';
import { HOUSEHOLD } from '../../lexicon/household.ts';
import { namesMilia, placedOnFace } from '../../lexicon/face-place.ts';

/**
 * The household abrasives pages rub on milia: a dry brush, a melamine "magic" sponge, sandpaper,
 * an emery board (sheet 3.1: friction removes nothing under intact skin). Each is far commoner on
 * a wall, a boot, a dog's coat or a body brushed for circulation, so the sentence must aim it at
 * the bumps or the face ("it" and "them" are a cupboard's as often). The face as its place is enough;
 * naming only milia is not when the sentence is about a wall or the legs ("Milia aside, …").
 */
export default defineRule({
  id: 'harsh-household-abrasive',
  kind: 'harsh-exfoliation',
  patterns: [
    '\\b(?:dry[\\s-]brush(?:ing|ed|es)?|magic\\s+erasers?|melamine\\s+(?:foam|sponges?)|sandpaper|emery\\s+boards?)\\b',
  ],
  span: 'sentence',
  accept: (facts) =>
    !offFace(facts.text) &&
    (placedOnFace(facts.lower) || (namesMilia(facts.lower) && !HOUSEHOLD.test(facts.lower))),
  examples: [
    // Household abrasives on the face, and the same abrasives on a house or on feet.
    {
      text: 'Buff the milia on your jaw with a melamine sponge twice a week.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'Dry-brushing my cheeks every morning has smoothed the milia away.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'A bit of fine sandpaper on milia will only leave the skin raw.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'Milia aside, a magic eraser lifts crayon off the wall in seconds.',
      expect: null,
    },
    { text: 'My milia cleared; now I dry brush my legs before the shower.', expect: null },
    { text: 'Milia came and went. Sand the door frame with fine sandpaper first.', expect: null },
    // On the face whatever else the sentence names; with no bumps or face named, a chore.
    {
      text: 'Go over the milia by your nose with an emery board, then rub lotion into your legs.',
      expect: 'harsh-exfoliation:recommends',
    },
    { text: 'Milia are harmless.\n\nDry brush the saddle before you oil it.', expect: null },
    { text: 'Milia are harmless.\n\nDry-brushing wakes up the lymph, its fans say.', expect: null },
    {
      text: 'Milia are harmless.\n\nWet a magic eraser and lift the coffee rings off the desk with it.',
      expect: null,
    },
    // The face as the abrasive's place, and face words that are not: a building's temple, a
    // safety line, a dog's eyes.
    {
      text: 'I get milia every winter.\n\nRub a dry brush across your temples and jaw to buff away the rough bumps.',
      expect: 'harsh-exfoliation:recommends',
    },
    // A face told by the harm done to it was the abrasive's place.
    {
      text: 'My milia would not budge.\n\nA melamine sponge is just very fine sandpaper, and my sore red cheeks proved it.',
      expect: 'harsh-exfoliation:describes',
    },
    {
      text: "Milia are harmless.\n\nTake sandpaper to the temple's worn oak benches before oiling.",
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nA melamine sponge lifts biro off the fridge, but keep it away from your eyes.',
      expect: null,
    },
    {
      text: 'Milia are harmless.\n\nDry brushing the pony gets the mud out; mind her eyes.',
      expect: null,
    },
  ],
});
