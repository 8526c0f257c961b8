import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/** Apple cider vinegar (sheet 3.6): acetic acid can chemically burn skin. */
export default defineRule({
  id: 'remedy-vinegar',
  kind: 'diy-remedy',
  patterns: ['\\b(?:apple\\s+)?cider\\s+vinegar\\b', '\\bacv\\b', '\\bvinegar\\b'],
  span: 'sentence',
  notes: { recommends: 'apple-cider-vinegar' },
  accept: onSkin,
  examples: [
    { text: "Apple cider vinegar won't fix milia — here's why", expect: 'diy-remedy:discourages' },
    {
      text: 'Apple cider vinegar on milia is acidic enough to cause chemical burns.',
      expect: 'diy-remedy:discourages',
    },
    {
      text: "I dabbed apple cider vinegar on my milia every night.\n\nReply: it burned my skin raw, wouldn't risk it.",
      expect: 'diy-remedy:discourages',
    },
    {
      text: 'Apply apple cider vinegar to the milia with a cotton pad.',
      expect: 'diy-remedy:recommends',
    },
  ],
});
