import { defineRule } from '../rule.ts';

/** M3: dermabrasion uses a wire brush or diamond burr, not a surgical blade. */
export default defineRule({
  id: 'myth-dermabrasion-blade',
  kind: 'myth',
  patterns: [
    '\\bdermabrasion\\b[^.!?]{0,80}?\\b(?:surgical\\s+blade|scalpel|blade)s?\\b',
    '\\b(?:surgical\\s+blade|scalpel)s?\\b[^.!?]{0,60}?\\bdermabrasion\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-dermabrasion-blade', recommends: 'myth-dermabrasion-blade' },
  examples: [
    {
      text: 'Dermabrasion: a dermatologist can use a surgical blade to gently sand down milia.',
      expect: 'myth:describes',
    },
    {
      text: 'Dermabrasion does not use a surgical blade on milia; that is dermaplaning.',
      expect: 'myth:discourages',
    },
  ],
});
