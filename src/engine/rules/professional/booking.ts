import { defineRule } from '../rule.ts';

/** What a booking is for: "a consultation", "your visit", "a minor surgery appointment". */
const FOR_CARE = /\b(?:consultations?|appointments?|assessments?|visits?|treatments?|sessions?)\b/u;

/**
 * A clinic's booking and contact lines (sheet 2.2: removal belongs with a trained clinician):
 * "Book a consultation with our team", "Schedule your visit today", "Get in touch for a
 * consultation", "Ask at reception for a minor surgery appointment", a reply's "book in with a
 * derm". On a milia page they are the way to the professional care it offers, so they recommend
 * it. A contact line names what it is for ("Get in touch with questions" books nothing).
 */
export default defineRule({
  id: 'pro-booking',
  kind: 'professional',
  patterns: [
    '\\bbook(?:ing)?\\s+(?:online|in\\s+with|(?:a|an|your)\\s+(?:free\\s+)?(?:[\\w-]+\\s+){0,2}(?:appointment|consultation|assessment|visit|treatment|session))\\b',
    '\\b(?:schedule|arrange)\\s+(?:a|an|your)\\s+(?:[\\w-]+\\s+){0,2}(?:appointment|consultation|assessment|visit)\\b',
    '\\b(?:get\\s+in\\s+touch|contact\\s+us|call\\s+us|ask\\s+at\\s+reception)\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'professional.recommends', describes: 'professional.describes' },
  accept: (facts) =>
    FOR_CARE.test(facts.lower) || /\bbook(?:ing)?\s+(?:online|in)\b/u.test(facts.lower),
  examples: [
    { text: 'Milia removal\n\nSchedule your visit today.', expect: 'professional:recommends' },
    {
      text: 'Milia removal\n\nCall us to book a free skin assessment.',
      expect: 'professional:recommends',
    },
    {
      text: 'Milia removal at our clinic\n\nGet in touch for a consultation and a personalised plan.',
      expect: 'professional:recommends',
    },
    {
      text: 'Milia: minor procedures\n\nAsk at reception for a minor surgery appointment.',
      expect: 'professional:recommends',
    },
    { text: 'Milia removal\n\nBook online or message me.', expect: 'professional:recommends' },
    {
      text: 'Milia on my eyelid\n\nReply: book in with a derm, mate.',
      expect: 'professional:recommends',
    },
    { text: 'Milia removal\n\nGet in touch with any questions about the blog.', expect: null },
    { text: 'Milia removal\n\nCan I book online?', expect: 'professional:describes' },
  ],
});
