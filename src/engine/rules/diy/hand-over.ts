import { defineRule } from '../rule.ts';

/**
 * A referral told as the way instead of one's own hands ("see a dermatologist instead", "leave
 * extraction to a pro"): it turns away from DIY removal though it names no DIY verb. It has no
 * words of its own; src/engine/hand-over.ts reads the sentence and adds it.
 */
export default defineRule({
  id: 'diy-hand-over',
  kind: 'diy-extraction',
  patterns: [],
  span: 'sentence',
  examples: [
    {
      text: 'Milia right by your lashes: skip the mirror and see a dermatologist instead.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Spare your face the hassle and let a professional take your milia out properly.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'I cut a milium open with a pin last week.\n\nSpare yourself the grief and see a professional next time.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Milia, step 3: leave the removal to a qualified dermatologist.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'A milium on the lid is a job for an eye specialist, not your bathroom mirror.',
      expect: 'diy-extraction:discourages',
    },
    // A referral that offers care, a plumber's, a cheaper product, an acne page, a clinician's story.
    { text: 'See a dermatologist if your milia have not gone after a few months.', expect: null },
    {
      text: 'My milia are fine. The boiler is leaking though, so leave it to a pro and call a plumber instead.',
      expect: null,
    },
    // A review's last word, just after milia were named, sends the reader to a skin clinician.
    {
      text: 'Got this gadget for cheek milia last spring.\n\nTwo small dents now. Honestly, do yourself a favour and go to a dermatologist instead.',
      expect: 'diy-extraction:discourages',
    },
    // An acne page names no milia, so nothing there is advice about them.
    { text: 'Cystic acne that keeps coming back? See a dermatologist instead.', expect: null },
    { text: 'For milia-prone skin, try a cheaper gentle shampoo instead.', expect: null },
    {
      text: 'As a dermatologist I remove milia properly every day in clinic.',
      expect: null,
    },
    {
      text: 'Ask your GP about the milia, or about having them frozen instead.',
      expect: null,
    },
    { text: 'Would it be smarter to see a dermatologist about my milia instead?', expect: null },
    // "Properly" next to a removal hands it over; next to a check-up or a face wash it does not.
    // Nor does "pop in" to a clinic, "popular", or a referral for another complaint.
    {
      text: 'My milia bug me.\n\nHave a nurse take them out properly rather than digging at home.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Milia are common.\n\nSee a GP and have the eczema looked at properly if it flares.',
      expect: null,
    },
    {
      text: 'Baby milia fade. Pop in and ask the health visitor, she will weigh him properly too.',
      expect: null,
    },
    {
      text: 'Milia again? Popular advice online: book a dermatologist, they do skin for a living.',
      expect: null,
    },
    {
      text: "Milia are harmless.\n\nDon't squeeze the acne on your chest, see a GP instead.",
      expect: null,
    },
  ],
});
