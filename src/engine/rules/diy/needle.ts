import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/**
 * Needles, pins and lancets (sheet 2.2, 2.5, seed claim c): no clinical source recommends them at
 * home. "Pin" alone is also a verb and a Pinterest button, so it needs an article or a plural.
 */
export default defineRule({
  id: 'diy-needle',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:(?:sewing|hypodermic|sterili[sz]ed|sterile|fine|clean|sharp|tiny|small|new)\\s+)?needles?\\b(?![\\s-]+(?:threader|eye|work|point))',
    '\\b(?:safety|straight|sewing|sterili[sz]ed|sterile|clean)\\s+pins?\\b',
    '\\b(?:a|the|or|and|one)\\s+pin\\b(?!\\s+(?:it|this|cushion|board|code|number))',
    '\\bpins\\b(?!\\s+and\\s+needles)',
    '\\blancets?\\b',
    // What else pages call them: "sterile prickers", "a microlance", "the sterile points
    // diabetics use".
    '\\b(?:prickers?|microlances?|points?(?<=\\bsterile\\s+points?))\\b',
    // Home microneedling: a derma pen or roller cannot be aimed at one cyst.
    '\\b(?:(?:derma|micro)[\\s-]?(?:pens?|rollers?|stamps?)|micro-?needl(?:e|es|ed|ing))\\b',
  ],
  span: 'sentence',
  accept: aimedAtMilia,
  notes: { recommends: 'needle-at-home' },
  examples: [
    {
      text: '★★★★☆ The fine lancet opens a milium with barely any pressure.',
      expect: 'diy-extraction:recommends',
    },
    // "We swear by" is the writer's household's own word, as "I swear by" is; a clinician's
    // report the writer turns from ("…, but you could also…") leaves the advice theirs.
    {
      text: 'We swear by a clean needle for our milia, it never fails.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'My derm swears by tretinoin for milia, but you could also just pick them out with a lancet.',
      expect: 'diy-extraction:recommends',
    },
    // "Doesn't need a pin" forbids it as "don't use a pin" does; "need a pin" is a story.
    { text: "A milium doesn't need a pin, only time.", expect: 'diy-extraction:discourages' },
    { text: 'Milia so deep I needed a pin in the end.', expect: 'diy-extraction:describes' },
    // A reply's bare "leave it," warns; "leave it on" is a step.
    {
      text: 'Q: Can I open this milium with a sewing needle?\n\nA: Leave it, or get a GP to take it out properly.',
      expect: 'diy-extraction:discourages',
    },
    // Harm told by where it leads or goes: asking for it, too close to the eye, too deep.
    {
      text: 'A sewing needle on your milia is just asking for an infection.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Finger-prick lancets sink well deeper than the cyst when you press them on milia.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Milia sit far deeper than whiteheads, so a needle has to go deeper too.',
      expect: 'diy-extraction:describes',
    },
    {
      text: 'Holding a needle on milia this near the lashes puts it way too close to your eye.',
      expect: 'diy-extraction:discourages',
    },
    // Choosing the tool is an instruction: "reach for", "opt for".
    {
      text: 'When tackling milia, reach for a brand-new lancet and not a sewing pin.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Opt for a fresh sterile needle each time you open a milium.',
      expect: 'diy-extraction:recommends',
    },
    // A method's title with its colon introduces it; a guide that explains does not.
    {
      text: 'My lancet method: five minutes per milium, no clinic needed',
      expect: 'diy-extraction:recommends',
    },
    {
      text: "A quick guide: what a milium is and why a needle is a dermatologist's tool",
      expect: null,
    },
    // A clinic's "we do not…" tells its policy; it warns no reader off.
    {
      text: 'We do not use needles on milia close to the eyes; those are referred to an eye doctor.',
      expect: null,
    },
    {
      text: 'Why is popping milia with a needle so dangerous?',
      expect: 'diy-extraction:discourages',
    },
    // "Done by" the weekend is no clinician's hand.
    {
      text: 'I just have mine done by the weekend with a needle, milia gone.',
      expect: 'diy-extraction:recommends',
    },
    // Harm reduction is still advice to do it.
    {
      text: 'If you do it anyway, at least use a sterile lancet on the milia rather than a pin.',
      expect: 'diy-extraction:recommends',
    },
    // A caption's formula recommends what it adds up.
    { text: 'sterile needle + patience = milia gone ✨', expect: 'diy-extraction:recommends' },
    {
      text: 'Reply: milia? a sterile lancet and a steady hand sorted mine in no time.',
      expect: 'diy-extraction:recommends',
    },
    // A forum habit offered as the answer.
    {
      text: 'Reply: honestly I always do them myself with a fine needle, milia are shallow.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'ok so i tried the needle thing on my milia lol... do NOT recommend, my face was red for days',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Your dermatologist will numb the area, make a tiny opening in the milium with a sterile needle, and gently express the keratin.',
      expect: null,
    },
    {
      text: "Squeezing milia won't work, so use a sterile needle to open the top first.",
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'After the milia has been softened, use a sterilized needle or pin to gently lift the skin.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Sterilise a sewing needle and prick the milium.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Use a sterile needle on the milium instead of squeezing it with your nails.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Unsterilised needles, pins or lancets top the list of things never to use on milia.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Using a needle on milia at home is not recommended by dermatologists.',
      expect: 'diy-extraction:discourages',
    },
    { text: "Don't: scrape milia with a needle or pin.", expect: 'diy-extraction:discourages' },
    { text: 'A dermatologist can remove milia safely with a sterile needle.', expect: null },
    {
      text: 'Dermatologists warn against using a pin or needle on milia.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'Pick a needle with an eye roomy enough for the thread.', expect: null },
    {
      text: 'Use a derma roller on your milia every night to break them up.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: "With milia you can't use a needle safely on your own face.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Microneedling milia at home with a derma pen is a bad idea.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Milia are tiny cysts. Use a needle to prick the blister on your heel and drain it.',
      expect: null,
    },
    {
      text: "What you'll need to get milia out at home:\n\nsingle-use sterile prickers, the kind sold for blood sugar testing",
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Before you start on your milia, gather everything on a clean towel:\n\na fresh pack of the tiny sterile points diabetics use to test blood',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'I got my milia out with a safety pin.\n\nReply: this is how you get a scar on your face, just go to a dermatologist',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'The fine lancet tip opens closed milia so the loop can press them out.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: "Bought these sterile lancets for my milia and they're perfect.",
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Milia are harmless.\n\nPrickers for blood sugar testing come in boxes of 100.',
      expect: null,
    },
    // Harm told by what it does or left: "does real damage", "left a crater".
    {
      text: 'A needle that slips near milia does real damage.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'The pin I used on my milia left a pea-sized crater.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Use a sterile lancet on milia, the best way to avoid a scar.',
      expect: 'diy-extraction:recommends',
    },
    // Harm reduction after a hedge is still advice: "if you can't wait, at the very least…".
    {
      text: "If you can't wait, at the very least use a fresh lancet on the milia.",
      expect: 'diy-extraction:recommends',
    },
  ],
});
