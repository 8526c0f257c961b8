import { defineRule } from '../rule.ts';

/**
 * "Do it yourself", "treat them at home": a finding when the page warns against it ("rather than
 * treating them yourself") or introduces DIY steps ("my routine for handling milia at home"),
 * not when it merely says milia can be looked after at home.
 */
export default defineRule({
  id: 'diy-yourself',
  kind: 'diy-extraction',
  patterns: [
    // "Trying it myself left a scar", "advise against trying to open them yourself".
    '\\b(?:do|doing|did|try|trying|tried|attempt\\w*|treat\\w*|handl\\w*|deal\\w*\\s+with|tackl\\w*|touch\\w*)\\s+(?:to\\s+[a-z]+\\s+)?(?:(?:it|this|them|milia|(?:the|my|your|stubborn)\\s+milia)\\s+)?(?:yourself|myself|themselves|at\\s+home)\\b',
    // What is tried at home may be named at length: "never try to flatten a cluster of milia at home".
    // (Looked for from "at home" back: "try" and "to" are on many lines.)
    '\\bat\\s+home\\b(?<=\\b(?:try|trying|tried)\\s+to\\s+[a-z]+\\s+(?:a|the|those|these|any)\\s+(?:[\\w-]+\\s+){1,5}at\\s+home)',
    '\\b(?:do[\\s-]it[\\s-]yourself|diy)\\b',
    // British for trying it: "rather than having a go at home".
    // (Looked for from "go" back: "have" and "has" are on every line.)
    '\\bgo\\b(?<=\\bha(?:ve|ving|d|s)\\s+a\\s+go)',
  ],
  span: 'sentence',
  onlyWhen: (verdict) =>
    verdict.reason === 'warns' ||
    verdict.reason === 'harm' ||
    verdict.reason === 'referral' ||
    verdict.reason === 'procedure',
  examples: [
    // What is tried at home may be named at length: "try to flatten a cluster of milia at home".
    {
      text: 'Never try to flatten a cluster of milia at home.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'I tried to keep a diary of my milia at home.', expect: null },
    {
      text: 'Please do not try this yourself at home on your milia!',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Here is my step-by-step routine for handling stubborn milia at home.',
      expect: 'diy-extraction:recommends',
    },
    { text: 'You can deal with milia at home without harsh treatments.', expect: null },
    // The writer's own way of handling them introduces it, as "how I remove them" does.
    {
      text: 'How I tackle my milia at home between dermatologist visits',
      expect: 'diy-extraction:recommends',
    },
    { text: 'How milia are treated at home by a visiting nurse', expect: null },
    {
      text: 'See a facialist for your milia rather than having a go at home.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'I had a go at a milia-friendly routine this month.', expect: null },
    {
      text: 'Doing my milia myself last year left me with a small pale scar.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'We would advise against trying to squeeze milia yourself.',
      expect: 'diy-extraction:discourages',
    },
    // "Touch" is how warnings name the whole practice.
    { text: 'My GP said never to touch milia yourself.', expect: 'diy-extraction:discourages' },
    { text: 'I touched up my make-up myself, milia and all.', expect: null },
  ],
});
