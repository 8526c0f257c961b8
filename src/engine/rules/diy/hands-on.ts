import { defineRule } from '../rule.ts';
import type { SentenceFacts } from '../../sentence-facts.ts';
import { matches } from '../../lexicon/pattern.ts';
import { aimedAtMilia } from './aimed-at-milia.ts';

/**
 * What the hands are put to: milia (bare, as in "never press on milia"), a milium, a bump, or
 * "it"/"them"/"the ones" pointing back to one.
 */
const ON_MILIA =
  '(?:it|them|one|ones|those|these|milia|milium|(?:the|a|that|this|your|my|any|each)\\s+(?:[\\w-]+\\s+)?(?:ones?|milia|milium|bumps?|spots?|cysts?|loop|core|keratin|contents))\\b';

/** Milia or a milium by name, or the bumps, spots or keratin they are. */
const NAMED_MILIA = /\b(?:milia|milium|bumps?|spots?|cysts?|keratin|whiteheads?)\b/;

/** The skin and the face a warning about milia also names ("it just bruises the skin"). */
const SKIN_WORDS =
  /^(?:skin|face|area|cheeks?|nose|forehead|chin|eyes?|eyelids?|lids?|lashes|pores?|bumps?|spots?|milia|milium|cysts?|keratin|urge|temptation|way|end|moment|time|day|night|week|rest)$/;

/** Words after a noun that end its phrase: "the bruise on…", "the cookies are…". */
const PHRASE_END =
  /^(?:on|in|of|at|by|around|round|under|near|below|above|it|them|is|are|was|were|will|can|could|may|might|has|have|had|to|and|or|but|so|if|as|with|for|from)$/;

const DETERMINED =
  /\b(?:the|a|an|this|that|his|her|their|its|those|these)\s+([a-z-]+)(?:\s+([a-z-]+))?/g;

/**
 * "It" or "them" is a milium only when the sentence before named milia and this one names no
 * other thing it may be ("Don't touch them: the cookies are still hot", "Stop pressing on it, the
 * bruise on your shin will heal"). "Them" agrees with milia; a bare "Don't touch it!" may be a hot
 * pan's, so "it" needs the sentence to say what the hands do to the skin.
 */
function pronounIsMilia(facts: SentenceFacts): boolean {
  if (facts.has('milia-term') || NAMED_MILIA.test(facts.lower)) return true;
  if (!facts.miliaJustNamed) return false;
  for (const m of matches(DETERMINED, facts.lower)) {
    const second = m[2];
    const head = second && !PHRASE_END.test(second) ? second : m[1];
    if (head && !SKIN_WORDS.test(head)) return false;
  }
  return PLURAL.test(facts.lower) || SKIN_HARM.test(facts.lower);
}

const PLURAL = /\b(?:them|those|these|ones)\b/;

/** What the hands do to the skin round a milium, or what a warning says of it. */
const SKIN_HARM =
  /\b(?:skin|scar\w*|bruis\w*|infect\w*|bacteria|germs|irritat\w*|inflam\w*|worse|red|redder|sore|marks?|damag\w*|tear\w*|bleed\w*|leave\s+(?:them|it)|let\s+(?:them|it)|on\s+(?:their|its)\s+own)\b/;

/** Bumps or spots on another thing: "the bumps on a toad", "the spots on the wallpaper". */
const ON_ANOTHER_THING =
  /\b(?:bumps?|spots?)\s+(?:on|of)\s+(?:the|a|an|his|her|their|its|my|your)\s+(?:new\s+|old\s+)?(?!(?:face|cheeks?|nose|forehead|chin|jaw\w*|eyes?|eyelids?|lids?|skin|baby|newborn|child|kid|son|daughter)\b)[a-z]/;

function anotherThingsBumps(facts: SentenceFacts): boolean {
  return !facts.has('milia-term') && ON_ANOTHER_THING.test(facts.lower);
}

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
  accept: (facts) =>
    !facts.inProcedure &&
    aimedAtMilia(facts) &&
    !anotherThingsBumps(facts) &&
    pronounIsMilia(facts),
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
    // Milia named bare, with no article.
    {
      text: 'Never fiddle with milia: it only makes the skin sore.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: "Don't touch milia with dirty hands, you'll only irritate the skin.",
      expect: 'diy-extraction:discourages',
    },
    // "Them" just after milia, with nothing else it may be, is milia; another thing named in the
    // sentence, a bare "it", or bumps on a thing are not.
    {
      text: "Milia are harmless.\n\nDon't touch them, you'll only redden the skin.",
      expect: 'diy-extraction:discourages',
    },
    {
      text: 'I get milia.\n\nNever press on the bumps on your eyelids, it just bruises the lid.',
      expect: 'diy-extraction:discourages',
    },
    {
      text: "Milia are harmless.\n\nDon't touch them, the brownies are still cooling on the rack.",
      expect: null,
    },
    { text: 'Milia are harmless.\n\nNever touch it! The iron is still on.', expect: null },
    {
      text: 'Milia are harmless.\n\nStop pressing on it, the graze on your knee needs air.',
      expect: null,
    },
    {
      text: "Milia are harmless.\n\nDon't fiddle with the bumps on the yoga mat, they give it grip.",
      expect: null,
    },
    {
      text: "Milia are harmless.\n\nNever touch the spots on a ladybird, you'll hurt it.",
      expect: null,
    },
  ],
});
