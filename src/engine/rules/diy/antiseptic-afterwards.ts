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
    // The spirit a needle and the skin are wiped with, before and after.
    // (Looked for from the noun back: "sterile" is in most DIY sentences.)
    '\\b(?:alcohol|spirit|wipes?|swabs?|pads?)\\b(?<=\\b(?:(?:rubbing|isopropyl|surgical)\\s+(?:alcohol|spirit)|(?:alcohol|antiseptic|sterile)\\s+(?:wipes?|swabs?|pads?)))',
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
    {
      text: 'Supplies for removing milia:\n\n- a sterile lancet\n- alcohol wipes',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Milia on the cheeks? Prick each one with a sterile needle, then lift the core out.\n\nWipe the skin with rubbing alcohol afterwards.',
      expect: 'diy-extraction:recommends',
    },
    {
      text: 'Milia are harmless.\n\nKeep alcohol wipes in your first-aid kit for grazes.',
      expect: null,
    },
  ],
});
