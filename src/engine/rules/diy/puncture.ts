import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/** Breaking the skin over a milium (sheet 2.2): the first step of de-roofing, done at home. */
export default defineRule({
  id: 'diy-puncture',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:prick|pok|lanc|punctur|pierc|nick)(?:e|es|ed|ing|s)?\\b',
    '\\bun-?roof(?:s|ed|ing)?\\b',
    '\\bmak(?:e|es|ing)\\s+(?:a|an)\\s+(?:\\w+\\s+){0,3}?(?:opening|hole|incision|cut|slit)\\b',
    '\\bcut\\s+(?:it|them|the\\s+\\w+)\\s+open\\b',
    // "break the skin over it", "snipped the top off", "the lancet tip opens closed bumps".
    '\\bbreak(?:ing)?\\s+(?:the|your)\\s+skin\\b',
    '\\b(?:snip|cut|slice)(?:s|ped|ting|ping)?\\s+(?:the\\s+top|(?:it|them)\\s+open)\\b',
    '\\bopen(?:s|ed|ing)?\\s+(?:up\\s+)?(?:the|each|closed|a)\\s+(?:bumps?|cysts?|milia|milium)\\b',
    // Cutting and digging at the skin ("slicing the skin", "don't dig at milia"), not a cucumber
    // sliced for the eyes or a topic "dug into".
    '\\bslic(?:e|es|ed|ing)\\s+(?:(?:the\\s+|your\\s+)?skin|(?:it|them|the\\s+\\w+)\\s+open)\\b',
    '\\b(?:dig(?:s|ging)?|dug|goug(?:e|es|ed|ing))\\s+at\\b',
    // "went at my milia with tweezers", "go at them with a pin": only with an instrument.
    '\\b(?:go(?:es|ing)?|went)\\s+at\\s+(?:it|them|milia|(?:my|your|the|those|these)\\s+(?:milia|milium|bumps?|spots?|face|skin|cheeks?|nose|chin|eyelids?))\\b[^.!?]{0,40}?\\bwith\\b',
  ],
  span: 'sentence',
  accept: aimedAtMilia,
  notes: { recommends: 'needle-at-home' },
  examples: [
    // A present-tense "we" with no sign of a clinic is a household praising its own hands.
    {
      text: 'We prick milia open with a clean needle, painless, so you can do the same.',
      expect: 'diy-extraction:recommends',
    },
    // A post's verdict on what it told, either way.
    {
      text: 'pricked my milia with a pin, will definitely be doing that again',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'pricked my milia with a pin and I would not do it again',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Gently prick the top of the milium so the keratin can come out.',
      expect: 'diy-extraction:recommends',
    },
    // A method told by its trick, as "the trick is to…" tells it; "the key is knowing…" is none.
    {
      text: 'Milia are stubborn. The secret is pricking the top of each milium at an angle.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'The key is knowing that pricking a milium at home can leave a scar.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'You need to unroof the milia and take them out from the root.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Puncturing the thin skin around your eyes with a pin invites a serious infection, so leave milia be.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: "Don't pick, poke, or squeeze milia, as this can cause scabbing, scarring, or infection.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Piercing your own milia with a sterile lancet is simpler than most people expect.',
      expect: 'diy-extraction:recommends',
    },
    { text: "Learn from me: don't dig at milia yourself.", expect: 'diy-extraction:discourages' },
    {
      text: 'Slicing the skin over a milium at home can leave permanent scars.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: "How do you guys get milia out??\n\nReply: you need to break the skin over it first, they don't have an opening",
      expect: 'diy-extraction:recommends',
    },
    {
      text: "'I see patients who have gouged at milia with pins and made a scar,' said one dermatologist. 'They're harmless, so there's no need to attack them.'",
      expect: 'diy-extraction:discourages',
    },
    { text: 'Milia are harmless.\n\nOpen the skin of the orange with your thumb.', expect: null },
    { text: 'Slice a cucumber and rest the slices on the milia under your eyes.', expect: null },
    {
      text: 'So I went at my milia with the tweezers last night.',
      expect: 'diy-extraction:describes',
    },
    { text: 'Milia fade slowly, so go at your own pace with retinoids.', expect: null },
    {
      text: 'I lanced the milia on my forehead with a lancet and squeezed them out.\n\nWould 100% do it again.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Is it dumb to go at the milia on my eyelid with a safety pin?\n\nReply: yes, one slip and you lose an eye, get a doctor to do it',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Electrolysis pierces the skin with a fine heated needle to melt milia away.',
      expect: null,
    },
    // A failure told as a condition judges nothing; told as a claim, it does.
    {
      text: "If a milium still won't shift, a tiny nick at its edge should free it.",
      expect: 'diy-extraction:describes',
    },
    { text: "A nick in a milium won't shift it.", expect: 'diy-extraction:discourages' },
  ],
});
