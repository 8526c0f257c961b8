import { defineRule } from '../rule.ts';

/** What a cover line is about: the removal, its cost, its being cosmetic. */
const ABOUT_CARE =
  /\b(?:remov\w*|treat\w*|extract\w*|cosmetic|procedures?|fees?|pricing|costs?|paid|pay)\b/u;

/**
 * Who pays for a clinician's removal (sheet 2.2: removal belongs with a trained clinician): "Most
 * insurance plans class milia removal as cosmetic", "we'll quote the self-pay fee", "had them
 * removed on the NHS?", "I paid £90 at a private derm". Only clinicians' care is insured or
 * bought privately, so the line describes professional care.
 */
export default defineRule({
  id: 'pro-cover',
  kind: 'professional',
  patterns: [
    '\\b(?:insurance|insurers?|self[- ]pay|medicare)\\b',
    '\\bon\\s+the\\s+nhs\\b',
    '\\b(?:went|go)\\s+private\\b',
    '\\bprivate\\s+(?:derm|clinic|doctor|gp)\\w*',
    '\\b(?:most|many|your)\\s+plans\\b',
  ],
  span: 'sentence',
  accept: (facts) => ABOUT_CARE.test(facts.lower),
  examples: [
    {
      text: 'Most plans class milia removal as cosmetic, so we quote the self-pay fee first.',
      expect: 'professional:describes',
    },
    { text: 'Has anyone had milia removed on the NHS?', expect: 'professional:describes' },
    { text: 'Reply: for my milia I paid £90 at a private derm.', expect: 'professional:describes' },
    { text: 'Milia are common. Travel insurance covers lost luggage.', expect: null },
  ],
});
