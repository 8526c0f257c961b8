import type { SentenceFacts } from './sentence-facts.ts';

/**
 * `compute` asked once per sentence, though a judge asks it for every hit: a one-sentence block of
 * thousands of hits made a whole-sentence test per hit quadratic. The hits of one sentence are
 * judged together, so remembering the last sentence is enough.
 */
export function perSentence<T>(compute: (facts: SentenceFacts) => T): (facts: SentenceFacts) => T {
  let last: SentenceFacts | undefined;
  let value: T;
  return (facts) => {
    if (facts !== last) {
      value = compute(facts);
      last = facts;
    }
    return value;
  };
}
