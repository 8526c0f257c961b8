import { MATCHERS } from './detect.ts';
import { imperativeStarts } from './lexicon/imperative.ts';
import { findCues } from './lexicon/stance.ts';
import { splitSentences } from './sentences.ts';

/**
 * Long enough that a regular expression engine compiles an expression to machine code at once
 * rather than interpreting it first (V8 and SpiderMonkey both do so for long subjects).
 */
const SAMPLE = 'milia: use a sterile needle on them, then see a dermatologist. '.repeat(24);

/**
 * The engine's big expressions, each compiled and run once on a sample. Compiling one is work
 * of its own (the advice layer's and the stance cues' about 20 ms each in Firefox), and on the
 * first scan of a page they all compiled in one task: 53 ms on a small single-page app. The page
 * session runs these one task each before its first scan.
 */
export const WARM_UPS: readonly (() => void)[] = [
  () => MATCHERS.milia.match(SAMPLE),
  () => MATCHERS.audience.match(SAMPLE),
  () => MATCHERS.advice.match(SAMPLE),
  () => MATCHERS.myth.match(SAMPLE),
  () => findCues(SAMPLE),
  () => imperativeStarts(SAMPLE),
  () => splitSentences(SAMPLE),
];
