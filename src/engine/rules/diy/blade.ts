import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/** Blades, scalpels and razors at home (sheet 2.2, 2.5): a clinician's tools, not a home kit's. */
export default defineRule({
  id: 'diy-blade',
  kind: 'diy-extraction',
  patterns: [
    '\\b(?:razor|scalpel)(?:\\s+blades?)?s?\\b',
    '\\b(?:craft|utility|sharp|sterile)\\s+blades?\\b',
    // "Leave blades to trained professionals" (not "blades of grass").
    '\\bblades\\b(?!\\s+of\\b)',
    '\\bscissors\\b(?<=\\b(?:cuticle|nail|sharp|small|tiny)\\s+scissors)',
  ],
  span: 'sentence',
  accept: aimedAtMilia,
  examples: [
    {
      text: 'Nick the top of the milium with a sterile blade.',
      expect: 'diy-extraction:recommends',
    },
    { text: 'Never take a razor blade to your milia.', expect: 'diy-extraction:discourages' },
    { text: 'A professional can unroof milia with a scalpel blade.', expect: null },
    {
      text: "Dermaplaning at home won't remove milia. Leave blades to trained professionals.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: "Confession: I snipped the top off a milium with my cuticle scissors. It worked, but I wouldn't recommend it to anyone.",
      expect: 'diy-extraction:discourages',
    },
  ],
});
