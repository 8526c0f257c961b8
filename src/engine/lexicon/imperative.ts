import { APOS } from './pattern.ts';

/**
 * Instructions to the reader. Web advice is mostly imperative ("Use a sterilised needle…",
 * "2) Gently pull apart the skin…", "After washing, dry the skin…"), so a clause that starts with
 * one of these verbs tells the reader to do something.
 */
export const VERBS: readonly string[] = [
  'use',
  'apply',
  'rub',
  'scrub',
  'hold',
  'dip',
  'smear',
  'steam',
  'soak',
  'wash',
  'rinse',
  'clean',
  'cleanse',
  // Not the noun "dry brushing": "Dry brushing the dog removes loose hair" instructs nobody.
  'dry(?![\\s-]+brush(?:ing|ed)\\b)',
  'wipe',
  'pat',
  'press',
  'squeeze',
  'pop',
  'pick',
  'prick',
  'poke',
  'lance',
  'pierce',
  'puncture',
  'nick',
  'dig',
  'lift',
  'drain',
  'extract',
  'remove',
  'take',
  'pull',
  'ease',
  'push',
  'insert',
  'sterilise',
  'sterilize',
  'disinfect',
  'prepare',
  'have',
  'get',
  'grab',
  'try',
  'make',
  'put',
  'place',
  'mix',
  'add',
  'combine',
  'massage',
  'exfoliate',
  'spread',
  'cover',
  'keep',
  'follow',
  'start',
  'repeat',
  'dab',
  'rest',
  'wrap',
  'heat',
  'boil',
  'wait',
  'yank',
  'scrape',
  'cut',
  'slide',
  'wiggle',
  'stretch',
  'pinch',
  'dilute',
  // Ways of putting a remedy on, and of working at the skin, that pages use as often as "apply".
  'spritz',
  'spray',
  'mist',
  'splash',
  'swipe',
  'smooth',
  'slather',
  'coat',
  'lean',
  'scratch',
  'flick',
  'tease',
  'snip',
  'grip',
  // A kitchen remedy's steps: "mash half a banana", "whisk one egg white, brush it on".
  'mash',
  'whisk',
  'blend',
  'brush',
  'work',
  // "Stir cinnamon into the honey", "dot it onto each bump", "patch-test on your wrist first".
  'stir',
  'dot',
  'sprinkle',
  'steep',
  'patch[\\s-]test',
  // A device's directions: "Touch the tip lightly to the milium", "treat unwanted bumps at home".
  'touch',
  'treat',
  'fill',
  'drape',
  'buff',
  // A listicle's or a recipe's step: "Give your skin a steam session", "Pour hot water into a
  // basin", "just go slow", "Do this every night" (only "do" with what it points back to: "do
  // you" asks).
  'give',
  'pour',
  'go',
  'do(?=\\s+(?:this|that|it)\\b)',
  // Choosing the tool: "reach for a new blade", "opt for a fresh needle".
  'reach(?=\\s+for\\b)',
  'opt(?=\\s+for\\b)',
];

const ADVERBS =
  '(?:(?:then|next\\s+time,?|next|now|first|finally|also|simply|just|gently|carefully|slowly|lightly|always|afterwards|and|so|but|instead|at\\s+(?:the\\s+(?:very\\s+)?)?least)\\s+)*';
/**
 * Forum advice often opens with a hedge before the instruction: "I reckon just grab a needle",
 * "honestly, use a lancet", "tbh just pop it". The hedge stands where a clause would start.
 */
const HEDGE = `(?:i\\s+(?:reckon|think|say|suggest)|i${APOS}d\\s+(?:say|suggest)|tbh|imo|imho|honestly|personally|seriously|trust\\s+me)[,\\s]+`;
// "Don't: scrape milia with a pin", the labelled items of a do's-and-don'ts list, negate too.
const NEGATION = `(?:(?:don${APOS}?t|do\\s+not|never)\\s*:?\\s+)?`;

/**
 * A clause start (sentence start, or after , ; : or "then") followed by an instruction. Not a
 * label: "Steam: useless for milia" names what a ranked list judges. Exported for
 * tests/engine/expression-size.test.ts.
 */
export const IMPERATIVE = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:then\\s+|${HEDGE}))${ADVERBS}${NEGATION}(?:${VERBS.join('|')})\\b(?!\\s+(?:is|are|was|were|can|will|may|of)\\b|\\s*:)`,
  'g',
);

export interface Imperative {
  /** Sentence offset of the instruction's verb (or of its "don't"). */
  at: number;
  /** "Don't yank at the skin": still an instruction, but not a recommendation of what follows. */
  negated: boolean;
}

const NEGATED = new RegExp(`(?:don${APOS}?t|do\\s+not|never)\\s*:?\\s`, 'iu');

/**
 * A sentence whose first clause has a clinician (or he, she, they) doing something: the verbs
 * after its commas carry on that subject's list ("Your dermatologist will numb the area, make a
 * tiny opening, and lift the keratin out"), so they are not instructions to the reader.
 */
const CLINICIAN_SUBJECT =
  /^(?!(?:if|when|unless|once|after|before)\b)[^,;:]{0,40}?\b(?:dermatologists?|derms?|a?estheticians?|facialists?|doctors?|gps?|clinicians?|physicians?|nurses?|surgeons?|specialists?|professionals?|he|she|they)\s+(?:will|would|may|might|can|could|then|first|usually|typically|gently|carefully|\w+s)\b/u;

/**
 * A menu's or a package's list of contents: "Includes deep cleanse, enzyme exfoliation, steam and
 * extractions". Its words after a comma are items, not instructions.
 */
const LISTS_CONTENTS = /^(?:includes|including|features|contains|comes\s+with)\b/u;

/**
 * A list of verbs that opens with a forbidden one not at a clause start: "resist the urge to
 * pick, pierce or squeeze", "try not to pick, poke or press". The verbs after its comma are
 * part of what is forbidden, not instructions.
 */
const FORBIDDEN_LIST_HEAD = new RegExp(
  `\\b(?:resist\\s+the\\s+urge\\s+to|try\\s+not\\s+to|(?:don${APOS}?t|do\\s+not|never)\\s+(?:try|attempt)\\s+to|not\\s+to)\\s+(?:${VERBS.join('|')})$`,
  'u',
);

/** What may stand between two verbs of one list: "don't pick, poke, or squeeze". */
const LIST_GLUE = /^\s*(?:or|and|nor)?\s*$/u;

/**
 * Every instruction in a lower-cased sentence. A "don't" carries over a list of verbs ("don't
 * pick, poke or squeeze them"): each verb right after a negated one is negated too.
 */
export function imperativeStarts(sentence: string): Imperative[] {
  const found: Imperative[] = [];
  // Asked only of a sentence with an instruction after its start: most have none. (Someone else
  // does what follows, or the sentence lists what a package or a menu holds.)
  let othersDoIt: boolean | undefined;
  // Where the last negated instruction ended, or -1.
  let negatedEnd = -1;
  // An `exec` loop, not the `matches` generator: asked of most judged sentences, and most have no
  // match, so the generator's set-up was much of the cost. No match is empty.
  IMPERATIVE.lastIndex = 0;
  for (let m = IMPERATIVE.exec(sentence); m; m = IMPERATIVE.exec(sentence)) {
    if (
      m.index > 0 &&
      (othersDoIt ??= CLINICIAN_SUBJECT.test(sentence) || LISTS_CONTENTS.test(sentence))
    )
      continue;
    const lead = /^[,;:]?\s*/u.exec(m[0])?.[0].length ?? 0;
    const listed =
      (negatedEnd >= 0 && LIST_GLUE.test(sentence.slice(negatedEnd, m.index))) ||
      (m[0].startsWith(',') && FORBIDDEN_LIST_HEAD.test(sentence.slice(0, m.index)));
    const negated = listed || NEGATED.test(m[0]);
    found.push({ at: m.index + lead, negated });
    negatedEnd = negated ? m.index + m[0].length : -1;
  }
  return found;
}
