import { compileLayer } from './matcher.ts';
import { lowerText } from './lower-text.ts';
import { mergeByStart } from './merge-hits.ts';
import { LAYERS } from './rules/index.ts';
import type { Rule } from './rules/rule.ts';
import { evaluateSentence } from './evaluate-sentence.ts';
import type { ProcedureState } from './procedure-state.ts';
import { judgesTopic } from './topic-carry.ts';
import { type Heading, headingKind, opensSupplies } from './list-heading.ts';
import { MILIA_ANCHOR } from './milia-anchor.ts';
import { type Sentence, sentencesByBlock, splitSentences } from './sentences.ts';
import { DIY_KINDS } from './stance.ts';
import { buildFacts, type Hit } from './sentence-facts.ts';
import type { Finding } from './types.ts';

export interface DetectOptions {
  /**
   * The document around this text mentions milia, so advice counts without a mention nearby.
   * Without it the text itself must name milia within reach of each piece of advice. The content
   * script learns this as it reads, through `createPageDetector`.
   */
  aboutMilia?: boolean;
}

/** A stateful reader for consecutive blocks of one document (DIY steps run across list items). */
export interface Detector {
  scan(text: string): Finding[];
}

/** How many sentences under a "Don'ts" or "Tools you'll need" heading may be items of its list. */
const LIST_REACH = 10;

/** How far (characters) advice may be from a mention of milia to count as advice about milia. */
const CONTEXT_WINDOW = 2500;

/** The layers' compiled expressions (exported for `warm-up.ts`). */
export const MATCHERS = {
  milia: compileLayer(LAYERS.milia),
  audience: compileLayer(LAYERS.audience),
  advice: compileLayer(LAYERS.advice),
  myth: compileLayer(LAYERS.myth),
};

/**
 * `options` is read at every scan, so a caller may learn the page's context as it goes;
 * `onMilia` hears of each text that names milia (after the milia rules' own checks).
 */
export function createDetector(options: DetectOptions = {}, onMilia?: () => void): Detector {
  const procedure: ProcedureState = { remaining: 0, remedyLeft: 0 };
  return {
    scan(text) {
      if (!options.aboutMilia && !MILIA_ANCHOR.test(text)) {
        procedure.remaining = 0;
        procedure.instructed = false;
        procedure.forbidding = 0;
        procedure.supplying = 0;
        procedure.topicLeft = 0;
        procedure.remedyLeft = 0;
        procedure.babyLeft = 0;
        procedure.miliaLeft = 0;
        return [];
      }
      const lower = lowerText(text);
      const milia = acceptedOnly(text, lower, MATCHERS.milia.match(lower));
      if (milia.length > 0) onMilia?.();
      const hits = collectHits(lower, milia, options.aboutMilia === true);
      // A short block may be a heading that changes how the next blocks read ("Don'ts").
      if (
        hits.length === 0 &&
        procedure.remaining === 0 &&
        !procedure.forbidding &&
        !procedure.supplying &&
        !procedure.topicLeft &&
        !procedure.remedyLeft &&
        text.length > 60
      )
        return [];
      const findings: Finding[] = [];
      let next = 0;
      for (const block of sentencesByBlock(text, lower)) {
        for (const sentence of block) {
          procedure.atBlockStart = sentence === block[0];
          const inside: Hit[] = [];
          for (; next < hits.length && (hits[next]?.start ?? 0) < sentence.end; next += 1) {
            const hit = hits[next];
            if (hit && hit.start >= sentence.start) inside.push(hit);
          }
          // A heading ends a thread about one baby; a sentence left unjudged takes it a step on.
          if (readsAsHeading(lower, sentence, inside, procedure)) {
            procedure.babyLeft = 0;
            continue;
          }
          if (inside.length === 0 && procedure.remaining === 0 && !procedure.remedyLeft) {
            const judged =
              !!procedure.topicLeft &&
              judgesTopic(lower.slice(sentence.start, sentence.end), procedure);
            if (!judged) {
              if (procedure.topicLeft) procedure.topicLeft -= 1;
              if (procedure.babyLeft) procedure.babyLeft -= 1;
              if (procedure.miliaLeft) procedure.miliaLeft -= 1;
              continue;
            }
          }
          evaluateSentence(text, lower, sentence, inside, procedure, findings);
        }
      }
      return findings.sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}

/**
 * Moves the list context along at headings and prose: a "Don'ts" heading opens a list of things
 * not to do (and ends any DIY steps), a "Tools you'll need" heading a list of things to get;
 * another heading, or a long sentence with no DIY in it, closes either. True when the sentence is that heading and needs no other reading.
 */
function readsAsHeading(
  lower: string,
  sentence: Sentence,
  inside: readonly Hit[],
  procedure: ProcedureState,
): boolean {
  const length = sentence.end - sentence.start;
  const diy = inside.some((hit) => DIY_KINDS.has(hit.rule.kind));
  // A numbered or bulleted line is an item of the list above it, never a heading that ends it.
  let heading: Heading | null = null;
  if (length <= 60 && !sentence.listItem)
    heading = headingKind(lower.slice(sentence.start, sentence.end));
  else if (
    length <= 100 &&
    !sentence.listItem &&
    opensSupplies(lower.slice(sentence.start, sentence.end))
  )
    heading = 'supplies';
  if (heading === 'forbids') {
    procedure.forbidding = LIST_REACH;
    procedure.supplying = 0;
    procedure.remaining = 0;
    procedure.instructed = false;
    procedure.topicLeft = 0;
    procedure.remedyLeft = 0;
    // A title that names milia ("5 Milia Mistakes") still gets its mention of milia.
    return !inside.some((hit) => hit.rule.kind === 'milia-term');
  }
  if (heading === 'supplies') {
    // Only a list for removing milia: one whose heading names them ("Tools you'll need to remove
    // milia:", itself advice) or one inside DIY steps. A quilting page's "Tools you'll need:" on
    // a page that once mentions milia lists no extraction tools, and its heading is no advice.
    const namesMilia = inside.some((hit) => hit.rule.kind === 'milia-term');
    procedure.supplying = namesMilia || procedure.remaining > 0 ? LIST_REACH : 0;
    procedure.forbidding = 0;
    return !namesMilia;
  }
  if (!diy && (heading === 'other' || length > 120)) {
    procedure.forbidding = 0;
    procedure.supplying = 0;
  }
  return false;
}

/** What a page's reader has learned so far: whether any of the page names milia. */
export interface PageContext {
  aboutMilia: boolean;
}

/**
 * For one pass over a page, block by block in document order: once a block names milia, advice in
 * every later block counts as advice about milia (a step list rarely repeats the word in each
 * item), and DIY steps run on across list items. `context` outlives the pass, so a later re-read
 * of one changed block still knows the page is about milia.
 */
export function createPageDetector(context: PageContext = { aboutMilia: false }): Detector {
  return createDetector(context, () => {
    context.aboutMilia = true;
  });
}

/** Finds milia, and the milia-related words that appear near a mention of milia. */
export function detect(text: string, options?: DetectOptions): Finding[] {
  return createDetector(options).scan(text);
}

/**
 * Milia hits whose rule holds in their sentence: a weak name ("oil seeds", which mostly means
 * sunflower and rape seed) must not make a farming page about milia.
 */
function acceptedOnly(text: string, lower: string, hits: Hit[]): Hit[] {
  // A rejecting pattern the whole text never matches rejects nothing: a page full of milk spots
  // and no stains needs no sentences here (splitting a dense page was a fifteenth of `detect`).
  const rejects = new Map<Rule, boolean>();
  const rejectsHere = (rule: Rule) => {
    let found = rejects.get(rule);
    if (found === undefined) rejects.set(rule, (found = rule.rejectIn?.test(lower) ?? false));
    return found;
  };
  const checked = (rule: Rule) => rule.accept !== undefined || rejectsHere(rule);
  if (!hits.some((hit) => checked(hit.rule))) return hits;
  // Hits and sentences are both in text order: one walk pairs them (a page of "oil seeds" must
  // not cost hits × sentences).
  const sentences = splitSentences(text, lower)[Symbol.iterator]();
  let sentence = sentences.next();
  return hits.filter((hit) => {
    const { rule, start } = hit;
    if (!checked(rule)) return true;
    while (!sentence.done && sentence.value.end <= start) sentence = sentences.next();
    if (sentence.done || start < sentence.value.start) return false;
    const { start: from, end } = sentence.value;
    if (rule.rejectIn?.test(lower.slice(from, end))) return false;
    return !rule.accept || rule.accept(buildFacts(text, lower, sentence.value, [hit]));
  });
}

/**
 * Every hit to judge, in text order: the milia hits, then those of the other layers near a
 * mention of milia. Each layer's hits are already in text order, so merging them costs one walk
 * where concatenating and sorting cost a sort of every hit of a dense page.
 */
function collectHits(lower: string, milia: Hit[], aboutMilia: boolean): Hit[] {
  const anchors = milia.map((hit) => hit.start);
  let hits = milia;
  for (const layer of [MATCHERS.audience, MATCHERS.advice, MATCHERS.myth]) {
    const found = layer.match(lower);
    hits = mergeByStart(hits, aboutMilia ? found : found.filter((h) => isNear(anchors, h.start)));
  }
  return hits;
}

/** Binary search over the sorted anchor offsets. */
function isNear(anchors: readonly number[], at: number): boolean {
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const anchor = anchors[mid] ?? 0;
    if (Math.abs(anchor - at) <= CONTEXT_WINDOW) return true;
    if (anchor < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
