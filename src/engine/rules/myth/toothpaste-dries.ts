import { defineRule } from '../rule.ts';

/** M4: toothpaste dries them out. Milia are dry keratin; toothpaste irritates skin. */
export default defineRule({
  id: 'myth-toothpaste-dries',
  kind: 'myth',
  patterns: [
    '\\btooth[\\s-]?paste\\b[^.!?]{0,60}?\\bdr(?:y|ies|ying)\\s+(?:(?:them|it|milia|the\\s+\\w+)\\s+)?out\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-toothpaste-dries', recommends: 'myth-toothpaste-dries' },
  examples: [{ text: 'Toothpaste dries milia out overnight.', expect: 'myth:describes' }],
});
