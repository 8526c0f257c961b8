import { matches } from './lexicon/pattern.ts';
import { perSentence } from './per-sentence.ts';
import { clauseAt, type SentenceFacts } from './sentence-facts.ts';

/**
 * Advice told as someone else's: "my cousin swears the trick is…", "people say you can…", "is
 * said to", "supposedly", "it's tempting to". Reporting it is not giving it; "I swear by" and
 * "we swear by" are the writer's own.
 */
const REPORTED = new RegExp(
  `\\b(?:(?<!\\b(?:i|we)\\s)(?:swears?|swore)|(?:is|are)\\s+said\\s+to|supposedly|reportedly|allegedly|it'?s\\s+tempting\\s+to|(?:people|someone|somebody|everyone|they|tiktok|influencers?)\\s+(?:say|says|said|claims?|claimed|reckons?|swear)|according\\s+to\\s+(?:some|tiktok|instagram|facebook|reddit|the\\s+internet))\\b`,
  'g',
);

/** The writer's own "try it" after a report (a clause's first words, not "I wouldn't try it"). */
const WRITER_ADDS =
  /(?:^|[,;:.!]\s*)(?:so\s+|just\s+|definitely\s+)?(?:try|give)\s+(?:it|this|them)\b/g;

/** The writer turns from the report to their own word: "They say…, but you should just pop them". */
const TURNS = /\b(?:but|however|though|although|yet|still|honestly)\b/;

interface Reports {
  /** Where each report starts and ends, in order. */
  spans: [number, number][];
  /** The last start of the writer's own verdict or instruction (-1 if none). */
  lastOwn: number;
  /** The last start of the writer's own "try it" (-1 if none). */
  lastTry: number;
}

const reportsOf = perSentence((facts): Reports => {
  const spans: [number, number][] = [];
  for (const m of matches(REPORTED, facts.lower)) spans.push([m.index, m.index + m[0].length]);
  let lastOwn = -1;
  let lastTry = -1;
  if (spans.length > 0) {
    for (const cue of facts.cues)
      if (cue.type === 'recommends' || cue.type === 'procedure')
        lastOwn = Math.max(lastOwn, cue.start);
    for (const imp of facts.imperatives) if (!imp.negated) lastOwn = Math.max(lastOwn, imp.at);
    for (const m of matches(WRITER_ADDS, facts.lower)) lastTry = m.index;
  }
  return { spans, lastOwn, lastTry };
});

/**
 * The DIY at `at` is advice reported in its sentence: a report in its own clause (which ends at
 * `to`), or before it with no "but" turning to the writer's own word ("They say milia go away,
 * but you should just pop them" gives the advice). The writer adds no verdict or instruction of
 * their own after it either ("My friend swears by a pin, so just try it" still recommends).
 */
export function reportedIn(facts: SentenceFacts, at: number, to: number): boolean {
  const { spans, lastOwn, lastTry } = reportsOf(facts);
  const report = lastBefore(spans, to);
  if (!report || lastOwn >= to || lastTry >= at) return false;
  const [from] = clauseAt(facts, at);
  return report[0] >= from || !TURNS.test(facts.lower.slice(report[1], at));
}

/** The last span starting before `to` (binary search: a run-on sentence has thousands). */
function lastBefore(spans: [number, number][], to: number): [number, number] | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[0] ?? 0) < to) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo - 1];
}
