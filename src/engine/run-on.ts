import { VERBS } from './lexicon/imperative.ts';
import { BULLET, EURO } from './lower-text.ts';

/**
 * Where a line without an end runs into the next sentence: "Oatmeal mask for milia Blend two
 * tablespoons of oats…", "What you'll need • a lancet • a mirror", "…under my eyes Comment: way
 * too close". Text read from a page whose headings, list items or replies lost their line breaks
 * (or a transcript typed without stops) joins them with a space, and the title's advice would
 * otherwise be judged with the step after it. Only a few kinds of capitalised word start a
 * sentence there: a bullet or a step's number, a speaker's label ("Reply:", "Answer (buyer):"),
 * an instruction ("Stir", "Soak") or a word that opens a sentence ("The", "Our", "Each"); a name
 * ("Milia removal Manchester") does not, nor a brand ("use The Ordinary's toner").
 */

/**
 * Spaces before a capital, a bullet or a checklist's tick (the text as written); what precedes them is checked after.
 * Looked for from the space: a class of what may precede, first, was tried at every character.
 * Only from a run's first space: tried again from each space inside a run that no capital ends,
 * a hostile page's 100,000 spaces took half a minute (each try scanned the rest of the run).
 */
const RUN_ON = /(?<! ) +(?=[A-Z\u2022\u25aa\u25e6\u2713\u2714\u2611\u2705])/g;
/** What a line that runs on ends with: a lower-case letter, a digit, a bracket, "%" or an apostrophe. */
const LINE_END = /[a-z0-9)%'\u2019]/;

/** A line that runs on is a heading, a list item or a caption's line: never longer than this. */
const LINE_MAX = 100;

/** Words that open a sentence and are rarely capitalised inside one (never "I"). */
const OPENERS = new Set([
  'the',
  'this',
  'these',
  'those',
  'my',
  'our',
  'your',
  'each',
  'every',
  'all',
  'it',
  'they',
  'we',
  'you',
  'he',
  'she',
  'please',
  'honestly',
  'then',
  'now',
  'first',
  'after',
  'before',
  'once',
  'if',
  'when',
  'never',
  'always',
  'don',
  'do',
]);
/** Openers that as often start a name or run inside a sentence (see `opensSentence`). */
const AMBIGUOUS_OPENERS = new Set(['this', 'your', 'first', 'now', 'then']);
/** A shop's button before "Now": "Book Now", "Shop Now". */
const CALL_TO_ACTION = new Set(['book', 'shop', 'buy', 'order', 'call', 'enquire', 'apply']);
const VERB = new RegExp(`^(?:${VERBS.join('|')})$`);
/**
 * "Reply:", "Top reply:", "Answer (buyer):", "Comment:", "Edit:", "Q:", "Myth:", "Myth 3:",
 * "Tip #2:", "Step 2 –".
 */
const LABEL =
  /^(?:(?:top|best|first|another|op's)\s+)?(?:repl(?:y|ies)|comments?|answers?|questions?|edit|update|q|a|op|myth|fact|tip|verdict|never|note|warning|pros?|cons?)(?:\s*#?\d{1,2})?\s*(?:\([^)]{0,20}\)\s*)?:|^step\s+\d/;
/** The first words of a label (LABEL itself is tested only after one of them). */
const LABEL_WORDS = new Set([
  'top',
  'best',
  'first',
  'another',
  'op',
  'reply',
  'replies',
  'comment',
  'comments',
  'answer',
  'answers',
  'question',
  'questions',
  'edit',
  'update',
  'q',
  'a',
  'myth',
  'fact',
  'tip',
  'verdict',
  'never',
  'note',
  'warning',
  'pro',
  'pros',
  'con',
  'cons',
  'step',
]);
const PRICE = new RegExp(`^[£$${EURO}]\\d[\\d.,]*$`);

/**
 * The offsets in `body` (a block as written; `lower` its lower copy, same offsets) where a
 * sentence starts after a line that runs on without an end, in text order.
 */
export function runOnStarts(body: string, lower: string): number[] {
  const starts: number[] = [];
  let lineStart = 0;
  RUN_ON.lastIndex = 0;
  for (let m = RUN_ON.exec(body); m; m = RUN_ON.exec(body)) {
    if (m.index === 0 || !LINE_END.test(body.charAt(m.index - 1))) continue;
    const at = m.index + m[0].length;
    // Most capitals after a space are "I" or a name: the cheap test first, the line's length last.
    if (!opensSentence(body, lower, at)) continue;
    if (at - Math.max(lineStart, lastEnd(body, m.index)) <= LINE_MAX + m[0].length) {
      starts.push(at);
      lineStart = at;
    }
  }
  return starts;
}

/** Where the last sentence end or line break before `at` ends (0 if none in reach). */
function lastEnd(body: string, at: number): number {
  for (let i = at; i > 0 && at - i <= LINE_MAX + 1; i -= 1) {
    const c = body.charAt(i - 1);
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':') return i;
  }
  return Math.max(0, at - LINE_MAX - 1);
}

/**
 * The word before `at` (ending in spaces) is a title's: capitalised ("Milia Extractor Set", "Mistakes
 * You're Making") or one of the small words a title leaves lower-case ("Ways to Get Rid of Milia").
 */
function inTitleCase(body: string, lower: string, at: number): boolean {
  const word = wordBefore(lower, at);
  const first = body.charAt(wordEnd(lower, at) - word.length);
  return (first >= 'A' && first <= 'Z') || TITLE_SMALL_WORDS.has(word);
}

/** Where the word before the spaces that end at `at` ends. */
function wordEnd(lower: string, at: number): number {
  let end = at;
  while (end > 0 && lower.charAt(end - 1) === ' ') end -= 1;
  return end;
}

/** The word before the spaces that end at `at`, lower-cased. */
function wordBefore(lower: string, at: number): string {
  const end = wordEnd(lower, at);
  let begin = end;
  while (begin > 0 && lower.charAt(begin - 1) !== ' ') begin -= 1;
  return lower.slice(begin, end);
}
const TITLE_SMALL_WORDS = new Set([
  'to',
  'of',
  'for',
  'and',
  'or',
  'in',
  'on',
  'at',
  'with',
  'a',
  'an',
  'the',
  'by',
  'from',
  'into',
  'vs',
]);

function opensSentence(body: string, lower: string, at: number): boolean {
  if (lower.charAt(at) === BULLET) return true;
  // A price ends a price list's line: "Extraction (10 min) ..... £40 Cryotherapy ..... £120".
  if (isDigit(body.charCodeAt(at - 2)) && PRICE.test(wordBefore(lower, at))) return true;
  const word = wordAt(lower, at);
  const opener = OPENERS.has(word);
  const label = LABEL_WORDS.has(word);
  if (!opener && !label && !VERB.test(word)) return false;
  const space = body.indexOf(' ', at);
  const next = space < 0 || space - at > 20 ? '' : body.charAt(space + 1);
  const nextCapital = next >= 'A' && next <= 'Z';
  const titleCase = inTitleCase(body, lower, at);
  if (opener) {
    // "…with The Ordinary's toner", "How to Remove Milia The Easy Way", "Mistakes You're Making":
    // a name, or a title carried on ("Every Sunday I…" opens a sentence).
    if (nextCapital && (word === 'the' || titleCase)) return false;
    // "This", "Your", "First", "Now", "Then" start names ("a clinic called Your Skin Matters",
    // "First Aid Beauty") and run inside a sentence typed without stops ("for 5 minutes Then
    // squeeze"): they open one only after a title or before a comma ("…six months long) First,
    // the disclaimer"), and not as a shop's "Book Now".
    if (AMBIGUOUS_OPENERS.has(word)) {
      const comma = lower.charAt(at + word.length) === ',';
      return !nextCapital && (titleCase || comma) && !CALL_TO_ACTION.has(wordBefore(lower, at));
    }
    // After a Title Case title, a sentence opens with a word that rarely starts one of its words
    // ("…Stainless Steel The ultra-fine tip…"), not after a title's small word ("…to Our Editors").
    return !TITLE_SMALL_WORDS.has(wordBefore(lower, at));
  }
  // A label or a verb may be the title's ("Customer A:", "Walnut Face Scrub"), or start a name.
  if (nextCapital || titleCase) return false;
  return label ? LABEL.test(lower.slice(at, at + 32)) : true;
}

/** The lower-case letters from `at` on (a loop: no slice for the many words that are none). */
function wordAt(lower: string, at: number): string {
  let end = at;
  while (end < lower.length && end - at < 16) {
    const code = lower.charCodeAt(end);
    if (code < 97 || code > 122) break;
    end += 1;
  }
  return lower.slice(at, end);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
