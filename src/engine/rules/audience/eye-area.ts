import { defineRule } from '../rule.ts';

/**
 * The eyelids, the lash line and the skin around the eyes (sheet 2.4, 6.1): thin skin next to the
 * eye, where DIY removal is most dangerous. In a sentence about a baby, the baby note speaks for
 * the eye area too, so the rule stands back there.
 */
export default defineRule({
  id: 'eye-area',
  kind: 'eye-area',
  patterns: [
    '\\beye(?:[\\s-]?lids?|lash(?:es)?)\\b',
    // And "lid skin is so thin", "bumps that close to the lashes".
    '\\b(?:(?:upper|lower)\\s+lids?|lid\\s+(?:skin|margins?))\\b',
    '\\blash(?:[\\s-]?lines?|es)\\b',
    '\\bunder[\\s-]*eyes?\\b',
    // "Milia around eyes" in headings and forum titles, without "the" or "your".
    '\\b(?:around|near|beneath|below|round)\\s+eyes\\b',
    '\\b(?:under|around|near|beneath|below|beside|by|round|next\\s+to|close\\s+to|away\\s+from)\\s+(?:the|your|my|her|his|their|both)\\s+eyes?\\b',
    '\\b(?:periocular|periorbital)\\b',
    '\\beye\\s+area\\b',
    // The eye itself and a person's lid: "a lancet slipping in her eye", "over your closed
    // eyes", "right by the eyeballs", "the doctor took one from my lid" (not a jar's lid).
    // (Looked for from "lid" and "eye" back: "my", "in" and "over" are on every line.)
    '\\beyeballs?\\b',
    // Not a container's: "put your lid back on the tub", "screw my lid on the jar".
    '\\blids?\\b(?<=\\b(?:my|your|her|his|their)\\s+(?:upper\\s+|lower\\s+)?lids?)(?!\\s+(?:back|on\\s+(?:the|that|this|a|its)|of\\s+(?:the|that|this|a|its)))',
    // Not "tears in my eyes", "watering eyes", "look me in the eye", "into my eyes".
    '\\beyes?\\b(?<=\\b(?:in|over|onto)\\s+(?:(?:your|my|her|his|their|the)\\s+)?(?:closed\\s+)?eyes?)(?<!\\b(?:tears?|water|watering|look(?:s|ed|ing)?|me|staring|stare|straight|something|dust|grit|sand|soap)\\s+in\\s+(?:(?:your|my|her|his|their|the)\\s+)?eyes?)',
  ],
  span: 'match',
  accept: (facts) => !facts.has('infant'),
  examples: [
    // Crying, looking someone in the eye and a jar's lid are no eye area.
    { text: 'I was near to tears in my eyes pressing the milia along my jaw.', expect: null },
    { text: 'Put your lid back on the pot of milia balm after each use.', expect: null },
    {
      text: 'The pin slipped and went in my eye while I was picking at a milium.',
      expect: 'eye-area:describes',
    },
    {
      text: 'Milia lancets, 100 pack\n\nNot suitable for use near the eyes.',
      expect: 'eye-area:discourages',
    },
    // Advice that keeps away from the eyes warns about them, whatever it recommends elsewhere.
    {
      text: 'If you must, use a sterile lancet on the milia, and never go near the eyes.',
      expect: 'eye-area:discourages',
    },
    {
      text: 'My daughter has milia on her eyelid; the doctor said to leave it.',
      expect: 'eye-area:discourages',
    },
    { text: 'I noticed a milium just under my eye.', expect: 'eye-area:describes' },
    { text: 'A milium sits right on my lower lid.', expect: 'eye-area:describes' },
    {
      text: 'Lay a warm cloth over your closed eyes to soften the milia.',
      expect: 'eye-area:recommends',
    },
    {
      text: 'One slip with a needle on those milia and it is in your eye.',
      expect: 'eye-area:discourages',
    },
    // A jar's lid, and "an eye on" something, are no eye area.
    { text: 'Keep the lid on the honey jar you use for milia masks.', expect: null },
    { text: 'Keep an eye on milia that change shape.', expect: null },
    { text: 'Anyone else get milia on their undereye?', expect: 'eye-area:describes' },
    { text: 'Milia around eyes: causes and treatment', expect: 'eye-area:describes' },
    {
      text: 'See a professional if the milia sit on your eyelid or near the lash line.',
      expect: 'eye-area:discourages',
    },
    { text: 'Use a sterile needle on the milia under your eyes.', expect: 'eye-area:recommends' },
    {
      text: 'Please stop doing that to the milia near your eyes, it can easily scar.',
      expect: 'eye-area:discourages',
    },
    {
      text: 'Pls dont do that to your milia again, the skin under your eyes is paper thin.',
      expect: 'eye-area:discourages',
    },
    {
      text: 'Q: Will lemon juice shift the milia under my eyes?\n\nA: Please keep lemon juice well away from your eyes.',
      expect: 'eye-area:discourages',
    },
    {
      text: 'Milia by the eyelid.\n\nReply: whatever you do, skip the lid skin entirely.',
      expect: 'eye-area:discourages',
    },
    {
      text: 'An oculoplastic surgeon is the person to see for milia that close to the lashes.',
      expect: 'eye-area:discourages',
    },
    { text: 'An eye doctor can remove milia safely.', expect: null },
    { text: 'Milia appear on the eyelids of many newborn babies.', expect: null },
    // Non-native English: "Not do this near the eyes".
    {
      text: 'Milia tips\n\nNot do this near the eyes because it is risky.',
      expect: 'eye-area:discourages',
    },
    // A clinic's own "we don't" tells its policy; the reader's "don't" still warns.
    { text: "At our clinic we don't treat milia on the eyelids.", expect: 'eye-area:describes' },
    {
      text: "Please don't treat milia on the eyelids yourself.",
      expect: 'eye-area:discourages',
    },
    // A reply's plea to everyone.
    { text: 'Milia clips: please nobody try that near your eyes.', expect: 'eye-area:discourages' },
    {
      text: 'Milia on the eyelid are one for an eye specialist, not a mirror at home.',
      expect: 'eye-area:discourages',
    },
  ],
});
