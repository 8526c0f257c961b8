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
  examples: readonly RuleExample[];
}

/**
 * Every rule in one shape, absent options included (as `undefined`): the engine reads `kind`,
 * `accept` and `onlyWhen` of the rule of every hit, and rules written with a dozen different sets
 * of options made each of those reads a slow one that V8 cannot specialise to one shape.
 */
export function defineRule(rule: Rule): Rule {
  const { id, kind, patterns, span, notes, onlyWhen, accept, examples } = rule;
  return { id, kind, patterns, span, notes, onlyWhen, accept, examples };
}
