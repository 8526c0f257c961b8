import { defineRule } from '../rule.ts';

/** M10: cryotherapy as the most common treatment is unverified; clinical references lead with incision. */
export default defineRule({
  id: 'myth-cryotherapy-most-common',
  kind: 'myth',
  patterns: [
    '\\bcryo\\w*\\b[^.!?]{0,80}?\\b(?:most\\s+(?:common|frequently\\s+used|popular|widely\\s+used)|used\\s+most\\s+often|first[\\s-]line|gold\\s+standard)\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-cryotherapy-most-common', recommends: 'myth-cryotherapy-most-common' },
  examples: [
    {
      text: 'Cryotherapy freezes the milia, and it is the removal method used most often.',
      expect: 'myth:describes',
    },
  ],
});
