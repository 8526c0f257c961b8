import { defineRule } from '../rule.ts';

/** M1: milia are sealed keratin cysts with no pore, not whiteheads or acne. */
export default defineRule({
  id: 'myth-whiteheads',
  kind: 'myth',
  patterns: [
    '\\b(?:milia|milium|they|these|milk\\s+spots)\\s+(?:are|is)\\s+(?:(?:just|simply|basically|actually|really|not|a\\s+(?:type|kind|form)\\s+of)\\s+)*(?:whiteheads?|baby\\s+acne|acne|pimples?|clogged\\s+pores)\\b',
    '\\b(?:whiteheads?|baby\\s+acne)\\s+(?:\\w+\\s+){0,3}?(?:called|known\\s+as|aka)\\s+milia\\b',
    '\\bmilium\\s+is\\s+not\\s+a\\s+pimple\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-whiteheads', recommends: 'myth-whiteheads' },
  examples: [
    { text: 'Milia are just whiteheads, so treat them like acne.', expect: 'myth:describes' },
    { text: 'A milium is not a pimple: it has no opening.', expect: 'myth:discourages' },
  ],
});
