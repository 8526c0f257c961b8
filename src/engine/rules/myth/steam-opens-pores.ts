import { defineRule } from '../rule.ts';

/** M6: steam opens pores so milia come out. Milia are not in pores; steam can scald. */
export default defineRule({
  id: 'myth-steam-opens-pores',
  kind: 'myth',
  patterns: [
    '\\b(?:steam\\w*|saunas?)\\b[^.!?]{0,80}?\\b(?:opens?|unclogs?)\\s+(?:up\\s+)?(?:the\\s+|your\\s+)?pores\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-steam-opens-pores', recommends: 'myth-steam-opens-pores' },
  examples: [
    {
      text: 'A facial sauna is useful for milia because it unclogs the pores.',
      expect: 'myth:describes',
    },
  ],
});
