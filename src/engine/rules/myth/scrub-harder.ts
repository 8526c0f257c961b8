import { defineRule } from '../rule.ts';

/** M5: scrub harder and they rub off. The cyst is under intact skin; trauma can cause new milia. */
export default defineRule({
  id: 'myth-scrub-harder',
  kind: 'myth',
  patterns: [
    '\\bscrub(?:bing)?\\s+(?:\\w+\\s+){0,2}?harder\\b',
    '\\b(?:rub|scrub|exfoliate|buff|sand)\\w*\\s+(?:them|it|milia|the\\s+milia)\\s+(?:off|away|down)\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-scrub-harder', recommends: 'myth-scrub-harder' },
  examples: [{ text: 'A pumice stone will rub milia off in a week.', expect: 'myth:describes' }],
});
