import { type Imperative, imperativeStarts, VERBS } from './lexicon/imperative.ts';
import type { Sentence } from './sentences.ts';
import { type Cue, findCues, HARM_CANCELLED } from './lexicon/stance.ts';
import type { Rule } from './rules/rule.ts';
import type { Kind } from './types.ts';

/** One rule's match in the scanned text (absolute offsets). */
export interface Hit {
  rule: Rule;
  start: number;
  end: number;
}

/**
 * What the engine knows about one sentence: its rule hits and the stance cues around them. Built
 * only for sentences that have a hit (or follow DIY steps), so plain text costs nothing here.
 */
export interface SentenceFacts {
  readonly text: string;
  /** `text` with ASCII letters lower-cased (same offsets): what the cue patterns read. */
  readonly lower: string;
  /** Offset of the sentence in the scanned text. */
  readonly start: number;
  readonly listItem: boolean;
  hits: Hit[];
  readonly cues: readonly Cue[];
  readonly imperatives: readonly Imperative[];
  readonly question: boolean;
  /** Clause boundaries, in sentence offsets: clause i is [bounds[i], bounds[i + 1]). */
  readonly clauses: readonly number[];
  has(kind: Kind): boolean;
  /** The sentence speaks to the reader or about the writer's own hands ("you", "at home", "I"). */
  readonly diyMarker: boolean;
  /** Something the advice lands on: skin, face, the bumps, "them". */
  readonly skinTarget: boolean;
  /**
   * The sentence follows an introduction to DIY removal steps or a list of what removal needs
   * (set by the detector).
   */
  inProcedure: boolean;
  /** The sentence is an item under a heading of what removing milia needs (set by the detector). */
  inSupplyList: boolean;
  /** A clinic tells its own removal ("We lift them out with a microlance"; set by judgeDiy). */
  clinicDoes: boolean;
  /** Milia were named a few sentences before, so "them" may be milia (set by the detector). */
  miliaJustNamed: boolean;
}

const LIST_VERB = `(?:${VERBS.join('|')})`;
/**
 * Where a clause ends. A comma inside a list of verbs does not ("don't pick, poke, or squeeze
 * them" is one clause, so its "don't" covers every verb): a comma followed by "or"/"and" and a
 * verb, or by a verb (and at most one word) and another comma.
 */
const CLAUSE_BREAK = new RegExp(
  `[;:]|,(?!\\s*(?:(?:or|and|nor)\\s+${LIST_VERB}\\b|${LIST_VERB}\\b(?:\\s+[a-z]+)?\\s*,))|\\s(?:but|so|then|because|as|since|while|although|though)\\s`,
  'g',
);
const DIY_MARKER =
  /\b(?:you|your|yourself|at[- ]home|home|diy|do[- ]it[- ]yourself|by hand|i|i['’](?:ve|m|d)|my|myself)\b/;
const YOUR_CLINICIAN =
  /\b(?:your|my)\s+(?:dermatologist|doctor|gp|physician|clinician|eye\s+doctor|ophthalmologist|nurse|surgeon|p(?:a)?ediatrician|health\s+visitor|midwife|derm|a?esthetician|facialist)\b/g;
const SKIN_TARGET =
  /\b(?:skin|face|facial|cheeks?|nose|forehead|chin|eyes?|eyelids?|bumps?|spots?|cysts?|milia|milium|them|it|ones|mine|area|pores?|keratin)\b/;

/**
 * A sentence's facts. The costlier ones (stance cues, instructions, clauses) are computed on
 * first use: most sentences of a milia page only name milia and never need them. A class, so the
 * lazy getters live once on the prototype rather than on every sentence.
 */
class Facts implements SentenceFacts {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly listItem: boolean;
  readonly question: boolean;
  hits: Hit[];
  inProcedure = false;
  inSupplyList = false;
  clinicDoes = false;
  miliaJustNamed = false;
  #cues: Cue[] | undefined;
  #imperatives: Imperative[] | undefined;
  #clauses: number[] | undefined;
  #diyMarker: boolean | undefined;
  #skinTarget: boolean | undefined;

  constructor(text: string, lowerText: string, sentence: Sentence, hits: Hit[]) {
    this.text = text.slice(sentence.start, sentence.end);
    this.lower = lowerText.slice(sentence.start, sentence.end);
    this.start = sentence.start;
    this.listItem = sentence.listItem;
    this.question = endsInQuestion(this.text);
    this.hits = hits;
  }

  get cues(): readonly Cue[] {
    this.#cues ??= withoutCancelledHarm(this.lower, findCues(this.lower));
    return this.#cues;
  }

  get imperatives(): readonly Imperative[] {
    this.#imperatives ??= imperativeStarts(this.lower);
    return this.#imperatives;
  }

  get clauses(): readonly number[] {
    this.#clauses ??= clauseBounds(this.lower);
    return this.#clauses;
  }

  get diyMarker(): boolean {
    // "your dermatologist" is the clinician's hands, not the reader's.
    this.#diyMarker ??= DIY_MARKER.test(this.lower.replace(YOUR_CLINICIAN, ''));
    return this.#diyMarker;
  }

  get skinTarget(): boolean {
    this.#skinTarget ??= SKIN_TARGET.test(this.lower);
    return this.#skinTarget;
  }

  has(kind: Kind): boolean {
    return firstOfKind(this.hits, kind) !== undefined;
  }
}

export function buildFacts(
  text: string,
  lowerText: string,
  sentence: Sentence,
  hits: Hit[],
): SentenceFacts {
  return new Facts(text, lowerText, sentence, hits);
}

/** Closing quotes and brackets that may follow a sentence's question mark. */
const CLOSERS = `"'”’)]`;

/**
 * The sentence ends in a question mark, perhaps inside quotes or brackets. A loop from the end: a
 * regex anchored at the end would try every position of every sentence.
 */
function endsInQuestion(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text.charAt(end - 1))) end -= 1;
  return text.charAt(end - 1) === '?';
}

/** The first hit of a kind (a loop: it runs for every hit of every sentence of a dense page). */
export function firstOfKind(hits: readonly Hit[], kind: Kind): Hit | undefined {
  for (const hit of hits) if (hit.rule.kind === kind) return hit;
  return undefined;
}

/**
 * `test` rather than `exec`: only where each break ends is wanted, and `test` makes no match
 * array (a dense page asks this of most of its sentences). No break is empty, so each advances.
 */
function clauseBounds(lower: string): number[] {
  const bounds = [0];
  CLAUSE_BREAK.lastIndex = 0;
  while (CLAUSE_BREAK.test(lower)) bounds.push(CLAUSE_BREAK.lastIndex);
  bounds.push(lower.length);
  return bounds;
}
/** The cues but the harms a word around cancels; most sentences have no harm cue to copy for. */
function withoutCancelledHarm(sentence: string, cues: Cue[]): Cue[] {
  if (!cues.some((cue) => cue.type === 'harm')) return cues;
  return cues.filter((cue) => cue.type !== 'harm' || !harmCancelled(sentence, cue));
}

function harmCancelled(sentence: string, cue: Cue): boolean {
  const around = sentence.slice(Math.max(0, cue.start - 25), cue.end);
  return HARM_CANCELLED.test(around);
}

/** The clause [start, end) holding sentence offset `at`. */
export function clauseAt(facts: SentenceFacts, at: number): [number, number] {
  const { clauses } = facts;
  for (let i = 1; i < clauses.length; i += 1) {
    const end = clauses[i] ?? facts.text.length;
    if (at < end) return [clauses[i - 1] ?? 0, end];
  }
  return [clauses.at(-2) ?? 0, facts.text.length];
}
