import { defineRule } from '../rule.ts';

/** The rare form on a red, raised patch (sheet 1.8): its own note, as it is a reason to see someone. */
export default defineRule({
  id: 'milia-en-plaque',
  kind: 'milia-term',
  patterns: ['\\bmilia\\s+en\\s+plaque\\b'],
  span: 'match',
  notes: { describes: 'milia-en-plaque' },
  examples: [
    {
      text: 'Milia en plaque is a cluster of milia on a raised red patch.',
      expect: 'milia-term:describes',
    },
    { text: 'Milia are common on the face.', expect: null },
  ],
});
