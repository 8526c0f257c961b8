import { defineRule } from '../rule.ts';

/** M11: fine to DIY if not near the eyes. Stronger sources say see a professional anywhere. */
export default defineRule({
  id: 'myth-diy-away-from-eyes',
  kind: 'myth',
  patterns: [
    '\\b(?:away\\s+from|not\\s+(?:too\\s+)?(?:near|close\\s+to))\\s+(?:the|your)\\s+eyes?\\b[^.!?]{0,60}?\\b(?:yourself|at\\s+home|safe\\s+to|fine\\s+to|ok(?:ay)?\\s+to)\\b',
    '\\b(?:safe|fine|ok(?:ay)?)\\s+to\\s+(?:\\w+\\s+){0,4}?(?:yourself|at\\s+home)\\b[^.!?]{0,60}?\\b(?:away\\s+from|not\\s+near)\\s+(?:the|your)\\s+eyes?\\b',
  ],
  span: 'sentence',
  notes: { describes: 'myth-diy-away-from-eyes', recommends: 'myth-diy-away-from-eyes' },
  examples: [
    {
      text: 'It is fine to remove milia yourself as long as they are away from the eyes.',
      expect: 'myth:describes',
    },
  ],
});
