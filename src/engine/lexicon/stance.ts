import { cueSources, type CueType } from './cue-words.ts';
import { PART_SIZE, type SplitAlternation, splitAlternation } from '../split-alternation.ts';

export type { CueType } from './cue-words.ts';

/**
 * The words that tell what a sentence does with the advice in it: warn against it, recommend it,
 * or just mention it. Each cue is found with its position so that stance can be judged per
 * clause ("Skip the scrub, then use a needle" recommends the needle and discourages the scrub).
 */
export interface Cue {
  type: CueType;
  start: number;
  end: number;
}

/**
 * All cue types in one pass over a sentence (lower-cased ASCII), one group per type. Where two
 * types could match at the same place, the earlier wins: "doesn't work" is futility, not a
 * "don't"; "don't try this" warns; "can help" is a benefit before it could read as harm.
 */
const ORDER: readonly CueType[] = [
  'futility',
  'warns',
  'contrast',
  'procedure',
  'recommends',
  'benefit',
  'referral',
  'directive',
  'harm',
  'endorses',
  'irony',
];
// Every cue starts a word, so the pass skips mid-word positions up front: a word boundary not
// after an apostrophe, before a letter (the text is lower-cased, so this is the \b the
// alternatives start with; the one cue without a \b, a referral, must follow a space or
// punctuation anyway). \b first: V8 rejects a mid-word position faster with it than with a
// look-behind, a tenth of each part's pass.
function compileCues(sources: ReturnType<typeof cueSources>): [SplitAlternation, RegExp] {
  const groups = ORDER.map((type) => sources[type]);
  const all = splitAlternation("\\b(?<!['’])(?=[a-z])", groups, PART_SIZE);
  return [all, new RegExp(sources.negation, 'g')];
}
// The sources are built for this one call and then dropped (see cueSources).
const [ALL_CUES, NEGATION] = compileCues(cueSources());
/** Exported for tests/engine/expression-size.test.ts and the warm-up. */
export { ALL_CUES };

/** Every stance cue in a lower-cased sentence, in the sentence's own offsets. */
export function findCues(lower: string): Cue[] {
  const cues: Cue[] = [];
  ALL_CUES.scan(lower, (group, start, end) => cues.push({ type: ORDER[group]!, start, end }));
  return cues;
}

/** The sentence corrects a claim ("not", "nothing to do with"): how a myth is told apart. */
export function negates(lower: string): boolean {
  NEGATION.lastIndex = 0;
  return NEGATION.test(lower);
}

/** Words that cancel a harm cue around it: "without hurting", "to prevent infection". */
export const HARM_CANCELLED =
  /\b(?:without|avoid\w*|minimi[sz]e\w*|prevent\w*|reduce\w*|lower\w*)\b/iu;

/**
 * An offer of care, "a dermatologist can remove them in a quick visit": a referral for professional
 * care, though not a stance cue, so a needle in the same sentence (the clinician's tool) keeps its
 * own reading. Tested only on sentences with a professional hit, never in the every-sentence pass.
 */
export const OFFERS_CARE =
  /\b(?:dermatologist|doctor|professional|surgeon|clinician|gp|specialist|provider|nurse)s?\s+can\s+(?:handle|treat|remove|extract|deal\s+with|take\s+care\s+of|step\s+in|refer\s+you|talk\s+you\s+through)\b/;

/**
 * A verdict on care paid for, "worth every cent", "money well spent", "would book again": praise of
 * the professional option. Like OFFERS_CARE, tested only on sentences with a professional hit.
 */
export const VALUED_CARE =
  /\b(?:worth\s+(?:every\s+(?:penny|cent|pound|dollar|rupee)|it|the\s+(?:money|cost|price|fee))|money\s+well\s+spent|best\s+money\s+i\s+(?:have\s+|'ve\s+)?(?:ever\s+)?spent|would\s+(?:book|go)\s+(?:again|back))\b/;
