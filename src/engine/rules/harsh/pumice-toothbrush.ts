import { defineRule } from '../rule.ts';
import { offFace } from './not-face.ts';

/** Pumice and toothbrushes on the face (sheet 3.1, seed claim a): no evidence, real friction harm. */
export default defineRule({
  id: 'harsh-pumice-toothbrush',
  kind: 'harsh-exfoliation',
  patterns: [
    '\\bpumice(?:\\s+stones?)?\\b',
    '\\btooth[\\s-]?brush(?:es)?\\b',
    '\\b(?:soft|hard|stiff)[\\s-]bristled?\\s+(?:tooth)?brush\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'pumice-toothbrush' },
  accept: (facts) => !offFace(facts.text),
  examples: [
    {
      text: 'Gently rub a soft-bristled toothbrush or a pumice stone over the milia in a circular motion.',
      expect: 'harsh-exfoliation:recommends',
    },
    { text: 'Use a pumice stone on your heels, never on milia-prone skin.', expect: null },
    {
      text: "Milia?\n\nReply: pls don't use a foot pumice on your face",
      expect: 'harsh-exfoliation:discourages',
    },
  ],
});
