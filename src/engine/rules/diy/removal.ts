import { pricesCare } from '../professional/price-list.ts';
import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/**
 * A cream, serum or patch named for removal ("Milia Removal Serum", "extraction gel 20 ml") is
 * put on the skin, not a removal by hand. Excluded from the match itself, so the same sentence's
 * "remove them yourself" still counts.
 */
const NOT_TOPICAL =
  '(?!\\s+(?:creams?|serums?|gels?|ointments?|lotions?|essences?|balms?|liquids?|patch(?:es)?)\\b)';

/**
 * "Remove", "get rid of", "extract": the words of every milia page, so on their own they are not
 * advice. They count only when the sentence recommends or warns against doing it.
 */
export default defineRule({
  id: 'diy-removal',
  kind: 'diy-extraction',
  patterns: [
    `\\b(?:remov(?:e|es|ed|ing|al)|extract(?:s|ed|ing|ions?)?)\\b${NOT_TOPICAL}`,
    '\\b(?:(?:get(?:ting)?|got)\\s+rid\\s+of|take\\s+(?:them|it)\\s+out)\\b',
    '\\bget(?:ting)?\\s+(?:them|it|milia|(?:the|my|your)\\s+milia)\\s+out\\b',
  ],
  span: 'sentence',
  // A referral ("ask a dermatologist about extraction") names the clinician's removal, not DIY.
  // A clinic's price list prices its own removal ("Add a mask after your milia removal for £15").
  // A splinter or a tick is removed with the same words (`aimed-at-milia.ts`).
  accept: (facts) => !pricesCare(facts) && aimedAtMilia(facts),
  onlyWhen: (verdict) =>
    verdict.stance !== 'describes' && verdict.reason !== 'benefit' && verdict.reason !== 'referral',
  examples: [
    {
      text: 'How I got rid of my milia in ten minutes, no dermatologist needed',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'In this post you will learn my method for removing milia at home.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Attempting to remove milia at home can be risky.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Perfect for removing blackheads, whiteheads and milia at home.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Honestly, removing milia at home is pretty easy once you get the hang of it.',
      expect: 'diy-extraction:recommends',
    },
    { text: 'Getting rid of milia is not as easy as dealing with a pimple.', expect: null },
    { text: 'Add a soothing mask after your milia removal for £15.', expect: null },
    { text: 'Milia extractions are NOT a DIY job.', expect: 'diy-extraction:discourages' },
    // A question about one's own hands asks about DIY; "remove" alone is in every question.
    { text: 'Is it OK to get rid of milia at home on my own?', expect: 'diy-extraction:describes' },
    { text: 'How much does milia removal cost?', expect: null },
    // A menu's list of what a facial includes instructs nobody.
    { text: 'Includes a deep cleanse, steam and manual extractions of milia.', expect: null },
    {
      text: 'If the milia bother you after a few months, ask a dermatologist about extraction.',
      expect: null,
    },
    // A clinic praising its own removal (back to work, no downtime) tells its care; a
    // household's "we … at home" is DIY.
    {
      text: 'We remove milia with a sterile microlance, and you can head straight back to work.',
      expect: 'professional:describes',
    },
    {
      text: 'We remove milia with a sterile microlance, and you can head straight back to work.',
      expect: null,
    },
    {
      text: 'We remove milia with a fine lancet, no downtime, so you can be back at your desk.',
      expect: null,
    },
    {
      text: 'We just remove our milia at home with a lancet, so easy.',
      expect: 'diy-extraction:describes',
    },
    // Non-native English drops the "to": "How remove milia at home".
    { text: 'How remove milia at home fast', expect: 'diy-extraction:recommends' },
    { text: 'Please note: how milia form is not fully known.', expect: null },
    // A cream sold for removal is a topical product, not removal by hand.
    { text: 'Best Milia Removal Cream for Face – Fast Results, 30 ml', expect: null },
    // The product's name does not cover a removal by hand told beside it.
    {
      text: 'Smooth on the removal gel first, then remove the milia at home yourself.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: "After the extraction lotion, extract each milium yourself at home, it's easy.",
      expect: 'diy-extraction:recommends',
    },
  ],
});
