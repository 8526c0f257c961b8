import { defineRule } from '../rule.ts';

/**
 * A step of DIY removal steps ("Here is my method…", "Follow these steps…"): "1) Wash your face",
 * "Afterwards, wipe the skin" are part of the procedure even without a needle in the sentence.
 * It has no words of its own; the detector adds it to instructions that follow an introduction.
 */
export default defineRule({
  id: 'diy-procedure-step',
  kind: 'diy-extraction',
  patterns: [],
  span: 'sentence',
  examples: [
    {
      text: 'Follow these steps to get rid of milia:\n1) Wash your face well with your usual soap.\n2) Afterwards, wipe the skin gently with a tissue.',
      expect: 'diy-extraction:recommends',
    },
    { text: 'Milia are harmless.\nWash your face with lukewarm water.', expect: null },
    // A step that forbids the procedure where it must not go warns.
    {
      text: 'Follow these steps to get rid of milia:\n1) Wash your face well.\n2) Never use it on the eyelids.',
      expect: 'diy-extraction:discourages',
    },
  ],
});
