import { createDetector, MATCHERS } from './detect.ts';
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
 * Sentences that take the judging's common paths (an instruction, a warning, a hedge, a referral,
 * a remedy, a baby). After the big expressions, the first real scan still compiled the engine's
 * functions and its many small expressions: 13 to 18 ms in Node, against 1 ms once warm. Each
 * sentence is read twice, in two tasks: small expressions are interpreted at first and compiled
 * to machine code on their next run.
 */
export const WARM_UP_SENTENCES = [
  'Milia are tiny white bumps around the eyes.',
  'Never pick at them with a needle, or you could scar.',
  'If you must, sterilise the needle first and gently lift the top.',
  'See a dermatologist: extraction or cryotherapy is quick.',
  'Lemon juice and a gritty sugar scrub will not shift them.',
  'Newborn milia on the nose clear up on their own, so leave them.',
];

const scan = (sentence: string) => () => void createDetector({ aboutMilia: true }).scan(sentence);

/**
 * The engine's big expressions, each compiled and run once on a sample, then the common paths.
 * Compiling is work of its own, and on the first scan of a page it all happened in one task:
 * 53 ms on a small single-page app. The page session runs these one task each before its first
 * scan.
 */
export const WARM_UPS: readonly (() => void)[] = [
  ...PARTS.map(compile),
  ...[imperativeStarts, splitSentences].map((run) => () => void run(SAMPLE)),
  ...WARM_UP_SENTENCES.map(scan),
  ...WARM_UP_SENTENCES.map(scan),
];
