import { MATCHERS } from './detect.ts';
import { imperativeStarts } from './lexicon/imperative.ts';
import { ALL_CUES } from './lexicon/stance.ts';
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

/** The split alternations' parts, each compiled on its own (`split-alternation.ts`). */
const PARTS: readonly RegExp[] = [
  ...Object.values(MATCHERS).flatMap((matcher) => matcher.parts),
  ...ALL_CUES.parts,
];

/** Each part's first run compiles it; the run leaves it as the scans expect to find it. */
const compile = (re: RegExp) => () => {
  re.lastIndex = 0;
  re.exec(SAMPLE);
  re.lastIndex = 0;
};

/**
 * The engine's big expressions, each compiled and run once on a sample. Compiling
 * one is work of its own, and on the first scan of a page they all compiled in one task: 53 ms on
 * a small single-page app. The page session runs these one task each before its first scan.
 */
export const WARM_UPS: readonly (() => void)[] = [
  ...PARTS.map(compile),
  ...[imperativeStarts, splitSentences].map((run) => () => void run(SAMPLE)),
];
