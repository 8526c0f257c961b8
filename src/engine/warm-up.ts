import { MATCHERS } from './detect.ts';
import { imperativeStarts } from './lexicon/imperative.ts';
import { findCues } from './lexicon/stance.ts';
import { splitSentences } from './sentences.ts';

/**
 * Long enough that a regular expression engine compiles an expression to machine code at once
 * rather than interpreting it first (V8 and SpiderMonkey both do so for long subjects).
 */
const SENTENCE = 'milia: use a sterile needle on them, then see a dermatologist. ';

/**
 * Every big expression reads the engine's one-byte lower-cased copy (`lower-text.ts`), so one
 * width to compile: both engines compile an expression once per string width, and when only one
 * was warmed the other compiled in the first scan (54 ms of engine time in one task on Firefox).
 */
const SAMPLE = SENTENCE.repeat(24);

const EXPRESSIONS: readonly ((text: string) => unknown)[] = [
  (text) => MATCHERS.milia.match(text),
  (text) => MATCHERS.audience.match(text),
  (text) => MATCHERS.advice.match(text),
  (text) => MATCHERS.myth.match(text),
  findCues,
  imperativeStarts,
  splitSentences,
];

/**
 * The engine's big expressions, each compiled and run once on a sample. Compiling
 * one is work of its own (the advice layer's and the stance cues' about 20 ms each in Firefox),
 * and on the first scan of a page they all compiled in one task: 53 ms on a small single-page
 * app. The page session runs these one task each before its first scan.
 */
export const WARM_UPS: readonly (() => void)[] = EXPRESSIONS.map((run) => () => void run(SAMPLE));
