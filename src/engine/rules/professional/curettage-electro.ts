import { defineRule } from '../rule.ts';

/** Curettage and electrodesiccation (sheet 5.3): scraping or a fine current, with a small risk of pits. */
export default defineRule({
  id: 'pro-curettage-electro',
  kind: 'professional',
  patterns: [
    '\\bcurett(?:age|e)\\b',
    '\\belectro(?:desiccation|cautery|surgery|lysis)\\b',
    '\\bdiathermy\\b',
    '\\bhyfrecat\\w*\\b',
    '\\bcauteri[sz]\\w*\\b',
  ],
  span: 'sentence',
  notes: {
    recommends: 'pro-curettage-electrodesiccation',
    describes: 'pro-curettage-electrodesiccation',
  },
  examples: [
    {
      text: 'Electrolysis pierces the skin with a very fine heated needle and melts the milia away.',
      expect: 'professional:describes',
    },
  ],
});
