import { defineRule } from '../rule.ts';

/** Soft hyphen or a hyphen broken over a line, as web pages and PDFs hyphenate long words. */
const H = '(?:\\u00AD|-\\s*\\n\\s*)?';

/**
 * The word itself; every other rule needs it or a lay name (milk spots, oil seeds) nearby.
 * "Millia" is how forums and reviews often misspell it.
 */
export default defineRule({
  id: 'milia-term',
  kind: 'milia-term',
  patterns: [`\\bm${H}i${H}l${H}(?:l${H})?i${H}(?:a|um)\\b`],
  span: 'match',
  examples: [
    { text: 'Milia are tiny keratin cysts.', expect: 'milia-term:describes' },
    { text: 'A single milium sat under her eye.', expect: 'milia-term:describes' },
    { text: 'Those tiny MILIA on the cheek.', expect: 'milia-term:describes' },
    { text: 'I have millia all over my cheeks.', expect: 'milia-term:describes' },
    { text: 'The rash looked like miliaria, a heat rash.', expect: null },
    { text: 'A familiar face in the crowd.', expect: null },
  ],
});
