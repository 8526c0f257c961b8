import { defineRule } from '../rule.ts';

/**
 * "Apply antiseptic ointment afterwards" (seed claim d): it assumes a wound that should not be
 * made. Only a finding as part of DIY removal, not as general first aid.
 */
export default defineRule({
  id: 'diy-antiseptic-afterwards',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:antiseptic|antibiotic|antibacterial)\\s+(?:ointment|cream|liquid|solution|wipe|lotion)s?\\b',
    '\\b(?:neosporin|polysporin|savlon|germolene)\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'antiseptic-afterwards' },
  accept: (facts) =>
    facts.inProcedure ||
    facts.hits.some(
      (h) => h.rule.kind === 'diy-extraction' && h.rule.id !== 'diy-antiseptic-afterwards',
    ),
  examples: [
    {
      text: 'Here are the steps to remove milia at home:\n1. Prick the milium with a sterile needle.\n2. Apply a small amount of antiseptic ointment to prevent infection.',
      expect: 'diy-extraction:recommends',
    },
    { text: 'Milia are harmless. Clean a grazed knee and apply antiseptic cream.', expect: null },
  ],
});
