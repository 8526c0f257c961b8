/**
 * Splits text into blocks (separated by a blank line) and sentences. Advice is judged a sentence
 * at a time, so the split decides what "the same sentence" means for stance and severity. It is
 * deliberately forgiving of web text: list items, headings without a full stop, "No. 11 blade",
 * "e.g." and lines wrapped mid-sentence.
 */

import { headingKind } from './list-heading.ts';
import { BULLET, ELLIPSIS, EN_DASH, lowerText } from './lower-text.ts';
import { runOnStarts } from './run-on.ts';

export interface Sentence {
  /** UTF-16 offsets of the sentence in the scanned text, trimmed, without a list marker. */
  start: number;
  end: number;
  /** Index of the block (blank-line separated paragraph) the sentence is in. */
  block: number;
  /** It began with a list marker ("1.", "2)", "-", "•"). */
  listItem: boolean;
}

// The expressions below read the lower-cased copy (`lower-text.ts`): one string width to compile.
const BLOCK_BREAK = /\n[ \t\r]*\n\s*/g;
/** Candidate ends: sentence punctuation before white space, a colon ending a line, a newline. */
const CANDIDATE = new RegExp(
  `[.!?${ELLIPSIS}]+["')\\]]*(?=\\s|$)|:[ \\t]*(?=\\r?\\n)|:[ \\t]+(?=\\(?\\d{1,2}[.)]\\s|\\p{L})|\\r?\\n`,
  'gu',
);
/** All a sentence holds before its full stop when that stop is a list item's number. */
const LIST_NUMBER = /^\s*\(?\d{1,2}$/u;
const LIST_MARKER = new RegExp(
  `^(?:\\(?\\d{1,2}[.)]|[-*\u00b7${BULLET}${EN_DASH}]|step \\d{1,2}[:.)]?)\\s+`,
);
/** What a list marker may begin with: most sentences are no list item, and need no slice. */
const MARKER_FIRST = `(0123456789-*\u00b7${BULLET}${EN_DASH}s`;
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'vs',
  'approx',
  'etc',
  'fig',
  'no',
  'prof',
  'jr',
  'sr',
]);

/** `lower` is `lowerText(text)`, when the caller has it already. */
export function splitSentences(text: string, lower = lowerText(text)): Sentence[] {
  return [...sentencesByBlock(text, lower)].flat();
}

/**
 * The sentences of each block in turn. A reader that judges them a block at a time lets each
 * block's sentences go before the next are made, where the whole list of a dense page would
 * outlive several young-generation collections (each one copying it).
 */
export function* sentencesByBlock(text: string, lower = lowerText(text)): Generator<Sentence[]> {
  let blockIndex = 0;
  let blockStart = 0;
  for (;;) {
    // Set each time: the reader may split other text while this generator waits.
    BLOCK_BREAK.lastIndex = blockStart;
    const m = BLOCK_BREAK.exec(lower);
    const sentences: Sentence[] = [];
    splitBlock(text, lower, blockStart, m ? m.index : text.length, blockIndex, sentences);
    yield sentences;
    if (!m) return;
    blockIndex += 1;
    blockStart = m.index + m[0].length;
  }
}

/** `body` is the block as written (its case tells sentence ends), `lowerBody` its lower copy. */
interface Block {
  body: string;
  lowerBody: string;
}

function splitBlock(
  text: string,
  lower: string,
  from: number,
  to: number,
  block: number,
  out: Sentence[],
): void {
  const lowerBody = lower.slice(from, to);
  const read: Block = { body: text.slice(from, to), lowerBody };
  let start = 0;
  // Lines that ran into the next sentence without an end ("Oatmeal mask for milia Blend…").
  const runOns = runOnStarts(read.body, lowerBody);
  let r = 0;
  const runOnsBefore = (at: number) => {
    for (; r < runOns.length && (runOns[r] ?? 0) <= at; r += 1) {
      const runOn = runOns[r] ?? 0;
      if (runOn <= start) continue;
      push(lower, from + start, from + runOn, block, out);
      start = runOn;
    }
  };
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(lowerBody); m; m = CANDIDATE.exec(lowerBody)) {
    const end = m.index + m[0].length;
    if (r < runOns.length) runOnsBefore(m.index);
    if (isBoundary(read, start, m.index, end, m[0])) {
      push(lower, from + start, from + end, block, out);
      start = end;
    }
  }
  runOnsBefore(lowerBody.length);
  push(lower, from + start, from + lowerBody.length, block, out);
}

function isBoundary(read: Block, start: number, at: number, end: number, mark: string): boolean {
  const { body, lowerBody } = read;
  const next = nextVisible(body, end);
  if (next === '') return true;
  // "Keep these points in mind: Rinse the needle…" ends a sentence; "Dermabrasion: A…" is a label.
  if (mark.startsWith(':')) {
    if (/\n/.test(mark) || /\d/.test(next)) return true;
    // Before a lower-case word only the colon of a list's heading ends it ("Tools you'll need: a
    // lancet", "Don'ts: pick or squeeze"), not prose's ("remove milia by de-roofing: a needle…").
    if (/\p{Ll}/u.test(next)) return isListHeading(lowerBody.slice(start, at));
    return wordCount(body.slice(start, at)) > 3 && !endsInSubtitle(body, end);
  }
  if (mark.endsWith('\n')) return isLineBreakBoundary(read, at, end);
  if (mark.startsWith('?') || mark.startsWith('!') || mark.startsWith(ELLIPSIS)) return true;
  // A price list's dot leader: "Milia removal (up to 10) ........ £45" is one line.
  if (mark.length >= 4 && DOT_LEADER.test(mark) && /[\d£$€]/u.test(next)) return false;
  // A full stop: not after a list number ("3. Slathering on…"), an abbreviation or an initial,
  // and not before a lower-case word.
  if (isDigit(body.charCodeAt(at - 1)) && LIST_NUMBER.test(body.slice(start, at))) return false;
  const word = wordBefore(body, at);
  const abbreviation = word.toLowerCase();
  // "No." abbreviates only before its number ("No. 11 blade"); "The answer is no." ends.
  if (ABBREVIATIONS.has(abbreviation) && (abbreviation !== 'no' || /\d/.test(next))) return false;
  if (/^\p{Lu}$/u.test(word)) return false;
  return !/\p{Ll}/u.test(next);
}

const DOT_LEADER = /^\.{4,}$/u;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * What `/([\p{L}.]+)$/u` finds in the 12 characters before `at`: the word a full stop ends. A loop
 * over ASCII, where that regex tried every position of a fresh slice at each full stop; any other
 * character is left to the regex.
 */
function wordBefore(body: string, at: number): string {
  const from = Math.max(0, at - 12);
  let i = at;
  for (; i > from; i -= 1) {
    const code = body.charCodeAt(i - 1);
    if (code >= 128) return /([\p{L}.]+)$/u.exec(body.slice(from, at))?.[1] ?? '';
    if (code !== 46 && !((code | 32) >= 97 && (code | 32) <= 122)) break;
  }
  return body.slice(i, at);
}

/**
 * A title's subtitle after its colon: "Getting Rid of Milia at Home: A Step-by-Step Guide". The
 * rest of its line is short and has no sentence end, so the title is one sentence.
 */
function endsInSubtitle(body: string, from: number): boolean {
  // Read no further than a subtitle's length: a block may be a whole page without a newline.
  const ahead = body.slice(from, from + SUBTITLE_MAX + 1);
  const newline = ahead.indexOf('\n');
  const rest = newline < 0 ? ahead : ahead.slice(0, newline);
  return rest.length <= SUBTITLE_MAX && !/[.!?:;]/u.test(rest);
}
const SUBTITLE_MAX = 40;

/** A single newline ends a sentence after a heading or before a list item, not in wrapped text. */
function isLineBreakBoundary({ body, lowerBody }: Block, at: number, end: number): boolean {
  const before = body.slice(0, at).trimEnd();
  const lastChar = before.at(-1) ?? '';
  if (/[.!?:;…]/.test(lastChar)) return true;
  const rest = body.slice(end);
  if (LIST_MARKER.test(lowerBody.slice(end).trimStart())) return true;
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(lineStart);
  return line.length <= 80 && /^\s*\p{Lu}/u.test(rest);
}

function isListHeading(lower: string): boolean {
  const kind = headingKind(lower.trim());
  return kind === 'forbids' || kind === 'supplies';
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** The first character after `from` that is not white space, looking 64 characters ahead. */
function nextVisible(body: string, from: number): string {
  const stop = Math.min(body.length, from + 64);
  for (let i = from; i < stop; i += 1) if (!isSpace(body.charCodeAt(i))) return body.charAt(i);
  return from >= body.length ? '' : ' ';
}

const SPACE = /\s/;
/** Which ASCII codes `\s` matches, asked once: most text is ASCII, and this runs per character. */
const ASCII_SPACE = Array.from({ length: 128 }, (_, code) => SPACE.test(String.fromCharCode(code)));

/** `/\s/` for one UTF-16 code unit, without making a string of it. */
function isSpace(code: number): boolean {
  return code < 128 ? ASCII_SPACE[code] === true : SPACE.test(String.fromCharCode(code));
}

function push(lower: string, start: number, end: number, block: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(lower.charCodeAt(s))) s += 1;
  while (e > s && isSpace(lower.charCodeAt(e - 1))) e -= 1;
  if (s >= e) return;
  const marker = MARKER_FIRST.includes(lower.charAt(s))
    ? LIST_MARKER.exec(lower.slice(s, Math.min(e, s + 16)))
    : null;
  const listItem = marker !== null && s + marker[0].length < e;
  if (listItem) s += marker[0].length;
  out.push({ start: s, end: e, block, listItem });
}
