import { defineRule } from '../rule.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/** What the hands are put to: a milium, a bump, or "it"/"them"/"the ones" pointing back to one. */
const ON_MILIA =
  '(?:it|them|one|ones|those|these|(?:the|a|that|this|your|my|any|each)\\s+(?:[\\w-]+\\s+)?(?:ones?|milia|milium|bumps?|spots?|cysts?|loop|core|keratin|contents))\\b';

/**
 * The words warnings use for handling milia at all, beside the squeezing and picking of
 * squeeze.ts: pressing on one, forcing it, touching, fiddling or messing with them (sheet 2.1:
 * a milium has no opening, so pressure mostly bruises the skin round it). They are everyday
 * words ("press the dough", "a pressing matter", "touch up my make-up"), so they count only aimed
 * at a milium or a pronoun, and only when the sentence warns against them or tells their harm;
 * squeeze.ts stays the rule that recommends or tells of it.
 */
export default defineRule({
  id: 'diy-hands-on',
  kind: 'diy-extraction',
  patterns: [
    // The verbs that take ON_MILIA share one copy of it (each copy was about 230 characters of the
    // advice layer's expression, and so of its compiled code); "touch" keeps its own for the idiom.
    `\\b(?:${[
      // "A hot spoon pressed on the bump" is a remedy's spoon; "I pressed on it" is the hands.
      'press(?:es|ing)?\\s+(?:(?:on|down\\s+on|at|hard\\s+on)\\s+)?',
      'pressed(?<=\\b(?:i|you|we|she|he|they|never|just|had|have|has)\\s+pressed)\\s+(?:(?:on|down\\s+on|at|hard\\s+on)\\s+)?',
      'forc(?:e|es|ed|ing)\\s+',
      '(?:fiddl|mess)(?:e|es|ed|ing)?\\s+(?:about\\s+|around\\s+)?with\\s+',
    ].join('|')})${ON_MILIA}`,
    // "Pressing just bruises the skin": the gerund as what does the harm.
    '\\bpressing\\b(?<!\\ba\\s+pressing)(?=\\s+(?:just|only|simply|will|can|could|may|might|does|never|rarely|usually|mostly|bruises|damages|hurts|leaves|makes))',
    // Not the idiom "insurance wouldn't touch it".
    `\\btouch(?:es|ed|ing)?\\s+${ON_MILIA}(?<!\\b(?:wouldn't|wouldnt|would\\s+not|won't|wont)\\s+touch\\s+\\w+)`,
  ],
  span: 'sentence',
  // Inside DIY steps, "stop if it won't come, forcing it scars" is the steps' own caution.
  accept: (facts) => !facts.inProcedure && aimedAtMilia(facts),
  onlyWhen: (verdict) => verdict.stance === 'discourages',
  examples: [
    {
      text: 'With no opening to drain through, pressing on a milium mostly bruises the skin round it.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'Forcing the milium will just damage the skin around it.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'My milia are back. My GP told me to stop fiddling with them.',
      expect: 'diy-extraction:discourages',
    },
    { text: 'Never touch the milia by your lashes.', expect: 'diy-extraction:discourages' },
    {
      text: 'Pressing the loop of an extractor onto a milium leaves a round bruise.',
      expect: 'diy-extraction:discourages',
    },
    // Not a warning: a plain mention, a tip for pressing something else, a pressing matter.
    { text: 'I pressed on the milium and nothing happened.', expect: null },
    { text: 'Milia aside, press the dough flat and chill it for an hour.', expect: null },
    { text: 'My nan swore a warm teaspoon pressed on the milia would lure them up.', expect: null },
    { text: "My milia cost $90 to remove, my insurance wouldn't touch it.", expect: null },
    {
      text: 'Getting my milia out myself, step by step:\n1. Steam first.\n2. Stop if nothing comes, forcing it only scars.',
      expect: null,
    },
    { text: "Milia are rarely a pressing worry, so don't panic.", expect: null },
    { text: "I have milia. Don't touch the wet paint in the hall.", expect: null },
    { text: 'Milia aside, never mess with the fuse box yourself.', expect: null },
  ],
});
