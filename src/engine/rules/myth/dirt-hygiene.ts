import { defineRule } from '../rule.ts';

/** M9: milia are not caused by dirt or poor hygiene; trapped keratin is the cause. */
export default defineRule({
  id: 'myth-dirt-hygiene',
  kind: 'myth',
  patterns: [
    '\\b(?:caused\\s+by|come\\s+from|due\\s+to|result\\s+of|because\\s+of)\\s+(?:\\w+\\s+){0,2}?(?:dirt|dirty\\s+skin|poor\\s+hygiene|bad\\s+hygiene|not\\s+washing|unwashed)\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-dirt-hygiene', recommends: 'myth-dirt-hygiene' },
  examples: [{ text: 'Milia are caused by dirt and poor hygiene.', expect: 'myth:describes' }],
});
