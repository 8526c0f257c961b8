import { imperativeStarts, type Imperative } from './lexicon/imperative.ts';
import { matches } from './lexicon/pattern.ts';
import { lowerAscii } from './matcher.ts';
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
  /** The sentence follows an introduction to DIY removal steps (set by the detector). */
  inProcedure: boolean;
}

const CLAUSE_BREAK = /[;:]|,|\s(?:but|so|then|because|as|since|while|although|though)\s/giu;
const DIY_MARKER =
  /\b(?:you|your|yourself|at[- ]home|home|diy|do[- ]it[- ]yourself|by hand|i|i['’](?:ve|m|d)|my|myself)\b/iu;
const SKIN_TARGET =
  /\b(?:skin|face|facial|cheeks?|nose|forehead|chin|eyes?|eyelids?|bumps?|spots?|cysts?|milia|milium|them|it|area|pores?|keratin)\b/iu;

export function buildFacts(
  text: string,
  start: number,
  end: number,
  listItem: boolean,
  hits: Hit[],
): SentenceFacts {
  const sentence = text.slice(start, end);
  const lower = lowerAscii(sentence);
  const cues = findCues(lower).filter(
    (cue) => cue.type !== 'harm' || !harmCancelled(sentence, cue),
  );
  const clauses = [0];
  for (const m of matches(CLAUSE_BREAK, sentence)) clauses.push(m.index + m[0].length);
  clauses.push(sentence.length);
  return {
    text: sentence,
    lower,
    start,
    listItem,
    hits,
    cues,
    imperatives: imperativeStarts(lower),
    question: /\?["'”’)\]]*$/u.test(sentence),
    clauses,
    has(kind) {
      return this.hits.some((hit) => hit.rule.kind === kind);
    },
    diyMarker: DIY_MARKER.test(sentence),
    skinTarget: SKIN_TARGET.test(sentence),
    inProcedure: false,
  };
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
