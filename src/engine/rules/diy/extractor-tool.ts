import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/** Comedone extractors, tweezers and fingernails (sheet 2.5): extractors only work once a clinician has opened the cyst. */
export default defineRule({
  id: 'diy-extractor-tool',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:comedone|blackhead|whitehead|blemish|pimple|milia)\\s+(?:extractors?|removers?|tools?|loops?)\\b',
    '\\bextractor\\s+(?:tools?|kits?|sets?|loops?)\\b',
    // A review's "the extractor", "this extractor", and the kit's "loop tool" (looked for from
    // "extractor" back; "juice extractor", "the fan extractor" name no tool for skin).
    '\\bextractors?\\b(?!\\s+(?:fans?|hoods?))(?<=\\b(?:the|an|this|that|my|your|one|metal|steel|double-ended)\\s+extractors?)',
    '\\bloop\\s+tools?\\b',
    '\\b(?:pimple|zit|blackhead|spot)\\s+poppers?\\b',
    // Suction sold for pores: "used a pore vacuum on my milia".
    '\\b(?:pore|blackhead|comedone)\\s+(?:vacuums?|suction)\\b',
    '\\btweezers?\\b',
    // Not nails kept short so a child stops picking ("short nails and a plaster helped", "keep
    // her nails short", "nails trimmed").
    '\\b(?:finger)?nails\\b(?<!\\b(?:short|trimmed|clipped|cut)\\s+(?:finger)?nails)(?!\\s+(?:(?:cut|kept|filed)\\s+)?(?:short|trimmed|clipped|cut|filed)\\b)',
    // One nail is someone's own ("with my nail"); "a nail" is a carpenter's.
    // (Anchored on "nail" and looking back: "my" and "your" are on every line of a forum.)
    '\\b(?:fingernail|thumbnail|nail(?<=\\b(?:my|your|her|his|their)\\s+nail))\\b',
    '\\bfingers\\b',
    '\\btools\\b',
  ],
  span: 'sentence',
  accept: aimedAtMilia,
  notes: { recommends: 'extractor-tool' },
  examples: [
    // Nails cut short stop the picking; they are no tool.
    {
      text: 'My milia picker is six: clipped nails and a cartoon plaster helped her stop.',
      expect: null,
    },
    {
      text: 'Her milia are itchy, so we keep her fingernails trimmed to stop her picking.',
      expect: null,
    },
    {
      text: 'Use your fingernails to ease milia out after a bath.',
      expect: 'diy-extraction:recommends',
    },
    // A review's stars judge the tool it tells of; three judge nothing.
    {
      text: '★☆☆☆☆ Tried the extractor on my milia and got a scab that lasted weeks.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: '★★★☆☆ The loop tool does the job on milia, but the case is flimsy.',
      expect: 'diy-extraction:describes',
    },
    { text: 'Milia aside, the kitchen extractor fan needs a clean.', expect: null },
    // "Professional" in a listing's title is the shop's word for the kit it sells.
    {
      text: 'Professional Milia Extractor Kit – 6 stainless tools',
      expect: 'diy-extraction:recommends',
    },
    // A post that lost its full stop is no shop's listing, though it names a tool "for" something.
    {
      text: 'Milia Extractor Tool Set for Face – 6 pcs',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'wasted an evening jabbing a milium with tweezers and my forehead is wrecked. nice one me',
      expect: 'diy-extraction:describes',
    },
    // A shop's listing sells the tool (see product-title.ts); a title that doubts it does not.
    { text: 'Blackhead & Milia Remover Tool Kit (12 pcs)', expect: 'diy-extraction:recommends' },
    { text: 'Milia remover tool kit review', expect: 'diy-extraction:describes' },
    {
      text: 'Why you should never use a milia remover tool kit',
      expect: 'diy-extraction:discourages',
    },
    {
      text: "What's in my milia removal toolkit\n\nA double-ended blemish loop",
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'I used a comedone extractor on the milia under my eye and ended up with a bruise for a week.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'For stubborn milia, a pimple popper tool works wonders.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Ease the milium outward with the tweezer using a soft push.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Comedone extractors are made for blackheads and do nothing for milia, which have no opening.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: '5 stars - this extractor kit works great on milia!',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'I scraped at the milium on my cheek with my nail for ages.',
      expect: 'diy-extraction:describes',
    },
    {
      text: "I pulled a milium out with my tweezers.\n\nIt worked, but I wouldn't recommend it to anyone.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'A lancet and comedone extractor got rid of my milia.\n\nJust press down with the loop and it pops out. Wipe with rubbing alcohol after and you are golden.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Used a pore vacuum on my milia, total waste of time.',
      expect: 'diy-extraction:discourages',
    },
    // The tools of a clinician a referral just named are not the reader's.
    { text: 'For milia, you could just see someone with sterile tools.', expect: null },
    {
      text: 'You should see a dermatologist for milia, they have the right tools.',
      expect: null,
    },
    { text: 'Milia aside, hammer the nail flush with the board.', expect: null },
    { text: 'Pull the splinter out with tweezers.', expect: null },
    // A review's verdict: "would recommend to anyone", "worked every time".
    {
      text: 'Review: used the milia extractor tool, would recommend to anyone.',
      expect: 'diy-extraction:recommends',
    },
    // A tool told it is for something else, or what it does to the cyst, is warned against.
    {
      text: 'Extractor loops are made for blackheads, not for milia.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Milia? Tweezers crush the cyst wall, so get them opened properly by a dermatologist.',
      expect: 'diy-extraction:discourages',
    },
  ],
});
