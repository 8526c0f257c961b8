import { defineRule } from '../rule.ts';
import { offFace } from './not-face.ts';

/**
 * Scrubs and scrubbing hard (sheet 3.1, 3.2): the cyst lies under intact skin, and friction can
 * leave dark marks and new milia. Gentle exfoliation is not this rule's business.
 */
export default defineRule({
  id: 'harsh-scrub',
  kind: 'harsh-exfoliation',
  patterns: [
    '\\b(?:(?:gritty|sugar|salt|coffee|walnut|apricot|oatmeal|facial|face|skin|body|rough|harsh|abrasive|exfoliating|physical|homemade|diy)\\s+)?scrubs?\\b(?!\\s+(?:nurse|top|cap|pants))',
    '\\bscrubb(?:ed|ing)\\b',
    // The scrub pages name by its brand, and buffing at the bumps.
    '\\bst\\.?\\s+ives\\b',
    '\\bbuff(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,2}?(?:off|away)\\b',
    '\\bscrap(?:e|es|ed|ing)\\b',
    '\\brub(?:s|bed|bing)?\\s+(?:\\w+\\s+){0,2}?(?:hard|vigorously|firmly|away|off)\\b',
    '\\b(?:harsh|abrasive|rough|gritty|grainy|micro-?bead)\\s+(?:physical\\s+)?(?:exfoliat(?:ing|ion|ors?)|exfoliants?)\\b',
    '\\bmicro-?beads?\\b',
    // What grit does to the cap of skin, and the grit itself: "grinds away the skin", "sands
    // them flat", "crushed apricot kernels", "a grainy polish".
    // (Only skin: "sand the shelf edges down" is a craft's.)
    '\\b(?:grind|grinds|grinding|sand|sands|sanding)\\s+(?:(?:away|down|off)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:skin|cap|bumps?|milia)|(?:them|milia|the\\s+bumps)\\s+(?:away|down|off|flat))\\b',
    // (Crushed or ground: a baker cracks walnut kernels too.)
    '\\b(?:crushed|ground)\\s+(?:apricot|walnut)\\s+(?:kernels?|shells?|pits?|stones?)\\b',
    '\\b(?:grainy|gritty)\\s+(?:polish|paste|cleanser)\\b',
  ],
  span: 'sentence',
  accept: (facts) => !offFace(facts.text),
  examples: [
    // "Nor do you need" is no need, not "you need".
    {
      text: 'Milia clear up alone; nor do you need a grainy scrub for them.',
      expect: 'harsh-exfoliation:discourages',
    },
    // A numbered myth knocks down the scrub it names.
    {
      text: 'Milia facts\n\nMyth #4 – buffing hard with a rough scrub wears milia down',
      expect: 'harsh-exfoliation:discourages',
    },
    // A result told: the bumps scrubbed off praises the scrub; more of them than before harms.
    {
      text: 'Milia update: scrubbed those bumps off with my walnut scrub last night.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'I used an apricot scrub on my milia every day and ended up with more of them.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'I was sure a scrub would take the milia off, but it just left my cheeks red.',
      expect: 'harsh-exfoliation:discourages',
    },
    // A craft's sanding and a baker's kernels, on a page that names milia elsewhere.
    {
      text: 'Milia aside, sand down the top layer of the old varnish before painting.',
      expect: null,
    },
    { text: 'Milia recipe aside: crush the walnut kernels and apricot kernels.', expect: null },
    // A scrub recipe's title introduces it; a scrub made in the kitchen is a home remedy too.
    { text: 'Sunday reset: DIY coffee scrub for milia', expect: 'harsh-exfoliation:recommends' },
    { text: 'Easy sugar scrub for milia-prone skin', expect: 'diy-remedy:recommends' },
    {
      text: 'Buff away rough skin and stubborn milia in minutes.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'I bought this to buff off the milia on my forehead and they got noticeably smaller.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'Harsh physical exfoliation just inflames the skin around milia.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'A sugar scrub made with coconut oil will slough off the dead skin over milia.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'Whatever you do, do not squeeze milia, scrub them, or dig at them with tweezers.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'Stay away from rough scrubs that irritate milia-prone skin.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'Keep your skin well exfoliated with a skin scrub to stop milia coming back.',
      expect: 'harsh-exfoliation:recommends',
    },
    { text: 'I scrubbed it and the milium stayed put.', expect: 'harsh-exfoliation:discourages' },
    {
      text: 'Do not use harsh exfoliating products on milia.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'Try a salicylic acid toner for milia instead of scrubbing with a washcloth.',
      expect: 'harsh-exfoliation:discourages',
    },
    { text: 'Exfoliate the area gently to clear away dead skin around milia.', expect: null },
    // A review's verdict told by what it did: a result, not a cue word.
    {
      text: 'I scrub my milia hard every morning and the bumps are finally shrinking.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'That microbead wash made my cheeks sting and I got three new milia where I used it.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'Scrubbing my milia with a grainy mitt wore me out.\n\nVerdict: avoid.',
      expect: 'harsh-exfoliation:discourages',
    },
    // A review's refusal that says whom it would not suit.
    {
      text: 'I scrubbed my milia for weeks and would not recommend it to anyone with sensitive skin.',
      expect: 'harsh-exfoliation:discourages',
    },
    // What grit does to the skin over the cyst, and the grit itself; a craft's sanding is not.
    {
      text: 'The sugar grinds away the skin over the milia.',
      expect: 'harsh-exfoliation:describes',
    },
    {
      text: 'Crushed apricot kernels, massaged into milia, wear down the cap.',
      expect: 'harsh-exfoliation:describes',
    },
    {
      text: 'Myth: enough scrubbing will sand milia flat.',
      expect: 'harsh-exfoliation:discourages',
    },
    { text: 'Sand the shelf edges down before you paint; my milia are fine.', expect: null },
  ],
});
