import type { NoteId } from '../../evidence/note-ids.ts';
import type { Kind, Stance } from '../types.ts';
import type { SentenceFacts } from '../sentence-facts.ts';
import type { Verdict } from '../verdict.ts';

/** `kind:stance`, the corpus's label format; `null` means the rule must not fire. */
export type Expectation = `${Kind}:${Stance}` | null;

export interface RuleExample {
  /** A sentence or short passage; it should mention milia, as the rule needs that context. */
  text: string;
  expect: Expectation;
}

/**
 * One detection rule: what words trigger it, which kind of finding it makes, which note it shows,
 * and sentences it must and must not fire on (a test runs every example). Adding a rule means
 * adding one file and listing it in `index.ts`.
 */
export interface Rule {
  id: string;
  kind: Kind;
  /**
   * Regex sources in lower case, without capturing groups, each starting with `\b`, matched on
   * the lower-cased text.
   */
  patterns: readonly string[];
  /** Highlight the matched words (terms) or the whole sentence (advice). */
  span: 'match' | 'sentence';
  /**
   * Notes by stance where the evidence sheet says something specific; any other stance shows the
   * generic `${kind}.${stance}` note.
   */
  notes?: Partial<Record<Stance, NoteId>>;
  /**
   * A weak trigger ("remove", "do it yourself") is only a finding when the sentence takes one of
   * these stances towards it; a plain mention is dropped.
   */
  onlyWhen?: (verdict: Verdict) => boolean;
  /** Extra condition on the sentence the match is in. */
  accept?: (facts: SentenceFacts) => boolean;
  /**
   * For milia terms only: the match does not count in a sentence this matches (lower-cased, no
   * `g` flag). Cheaper than `accept`: a text it never matches needs no sentence split.
   */
  rejectIn?: RegExp;
  examples: readonly RuleExample[];
}

/**
 * Types a rule and nothing more, so the minifier drops the call. Rebuilding every rule in one
 * shape (absent options as `undefined`) made `detect` about 1.08 times faster, V8 reading each
 * hit's rule through one shape, but cost the content script 0.2 KB gzip it did not have to spare
 * against its 30 KB budget (1 December); it is the first thing to bring back once there is room.
 */
export function defineRule(rule: Rule): Rule {
  return rule;
}
