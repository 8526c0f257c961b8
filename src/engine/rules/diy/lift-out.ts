import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/** Getting the keratin out by hand: lifting, digging, coaxing, levering or pressing it out. */
export default defineRule({
  id: 'diy-lift-out',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:lift|dig|dug|coax|eas|lever|forc|press|push|pull|tak|took|pr[iy]|flick|teas)\\w*\\s+(?:(?:it|them|one|milia|milium|the\\s+(?:\\w+\\s+)?(?:milia|milium|cysts?|contents|keratin|plug|bumps?|spots?))\\s+)?(?:out(?:ward)?|free)\\b(?!\\s+of\\b)',
    '\\blift(?:s|ed|ing)?\\s+(?:the\\s+skin|them|it)\\b',
    '\\bpull(?:s|ed|ing)?\\s+apart\\s+the\\s+skin\\b',
    '\\bdrain(?:s|ed|ing)?\\s+(?:it|them|the\\s+(?:milia|milium|cyst|bump))\\b',
  ],
  span: 'sentence',
  accept: aimedAtMilia,
  examples: [
    {
      text: 'From there the keratin plug of the milium can be coaxed out with the tip.',
      expect: 'diy-extraction:describes',
    },
    {
      text: 'Steam the skin first, then lift milia out by hand.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Parents should resist picking or levering the milk spots out.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Last night I dug the milium out with a safety pin.',
      expect: 'diy-extraction:describes',
    },
    {
      text: 'Tease the keratin out gently once the top of the milium is open.',
      expect: 'diy-extraction:recommends',
    },
    { text: 'Take it out of the oven when golden.', expect: null },
    // The clinician's removal, named by its agent, is no DIY.
    { text: "I'd recommend getting your milia taken out by a dermatologist.", expect: null },
    {
      text: 'I dug the milium out and woke to a red, swollen cheek.',
      expect: 'diy-extraction:discourages',
    },
  ],
});
