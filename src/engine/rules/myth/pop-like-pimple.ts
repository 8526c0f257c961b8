import { defineRule } from '../rule.ts';

/** M2: pop them like a pimple. Nothing comes out; a clinician opens them first. */
export default defineRule({
  id: 'myth-pop-like-pimple',
  kind: 'myth',
  patterns: [
    '\\b(?:pop|squeez\\w*|burst)\\s+(?:\\w+\\s+){0,3}?like\\s+(?:(?:a|you\\s+would\\s+a|any\\s+other)\\s+)?(?:pimple|spot|zit|whitehead|blackhead)s?\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-pop-like-pimple', recommends: 'myth-pop-like-pimple' },
  examples: [{ text: 'Just pop your milia like a pimple.', expect: 'myth:describes' }],
});
