import { defineRule } from '../rule.ts';

/**
 * Babies (sheet 1.4, 1.5, 4.2): newborn milia need no treatment, and anything done to a baby's
 * skin raises the stakes. "Milk spots" is the name parents use for newborn milia.
 */
export default defineRule({
  id: 'infant',
  kind: 'infant',
  patterns: [
    "\\bnew[\\s-]?borns?(?:['’]s?)?\\b",
    "\\binfants?(?:['’]s?)?\\b",
    // Not the products named for babies: "a baby toothbrush on my milia", "baby oil".
    "\\bbab(?:y|ies)(?:['’]s?)?\\b(?!\\s+(?:toothbrush|oil|wipes|shampoo|powder|soap))",
    '\\bneonat\\w*\\b',
    '\\btoddlers?\\b',
    '\\bbreast[\\s-]?feeding\\b',
    '\\b(?:small|young)\\s+children\\b',
    // Not a teenager's own: "tell your parents", "my parents said".
    '\\bparents\\b(?<!\\b(?:your|my)\\s+parents)',
    '\\bmilk[\\s-]*(?:spots?|bumps?)\\b',
    // Parents give the age instead: "my 3 week old", "she's 10 days old". Matches start at a
    // letter, so the number is looked behind, from after the unit: in front of it, the look-behind
    // ran at every word start of the page (a seventh of the audience layer's pass).
    '\\b(?:day|week|month)(?<=\\b(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\\s-](?:day|week|month))s?[\\s-]olds?\\b',
  ],
  span: 'match',
  examples: [
    { text: 'Around 40 to 50 percent of newborns have milia.', expect: 'infant:describes' },
    {
      text: "Do not rub or pick at your baby's milia, as this can leave scars.",
      expect: 'infant:discourages',
    },
    { text: 'Is it okay to squeeze milk spots?', expect: 'infant:describes' },
    { text: 'My 3 week old has milia on his nose.', expect: 'infant:describes' },
    { text: 'Adults get milia on the cheeks.', expect: null },
    { text: 'Parents often spot milia within days of the birth.', expect: 'infant:describes' },
    { text: 'I am 14 with milia on my cheeks, should I tell my parents?', expect: null },
    { text: 'I rub a soft baby toothbrush over my milia every night.', expect: null },
  ],
});
