import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/engine/types.ts';
import { loadHeldOutCorpus } from './support/corpus.ts';
import { f1, formatScore, labelTally, precision, recall, scoreCorpus } from './support/score.ts';

/**
 * The held-out pages (forum threads, listicles, Q&A, reviews, parenting forums, clinic pages and
 * look-alikes on other topics), scored like the dev corpus. They tell how the engine does on
 * wording it was not tuned on; a fix earns its place only when it serves a class of pages, never
 * one sentence here.
 *
 * The bars are what the engine honestly reaches here, less a small margin, not the dev bars. It
 * now reads some context across sentences (a tool list under "Tools you'll need", the step after
 * a single instruction, a "Mistakes" listicle's items, a bare "Try a warm compress" list heading);
 * the remaining misses are mostly forum wording and replies that warn without naming the
 * practice. Raise the bars as it learns more; never lower them to let a change through.
 */
const KIND_F1: Record<Exclude<Kind, 'myth'>, number> = {
  'milia-term': 0.95,
  'diy-extraction': 0.75,
  'harsh-exfoliation': 0.75,
  'diy-remedy': 0.67,
  professional: 0.78,
  'eye-area': 0.9,
  infant: 0.8,
};

describe('held-out corpus', () => {
  const score = scoreCorpus(loadHeldOutCorpus());
  console.log(`\n${formatScore(score)}\n`);
  // HELDOUT_DETAIL=1 lists every missed and extra label, for studying classes of errors.
  if (process.env.HELDOUT_DETAIL)
    console.log(`misses:\n${score.misses.join('\n')}\n\nextras:\n${score.extras.join('\n')}\n`);

  it('raises no warning, caution or danger on unrelated pages', () => {
    expect(score.unrelatedAlarms).toEqual([]);
  });

  it('finds DIY extraction advice with precision of at least 0.95 and recall of at least 0.73', () => {
    const t = labelTally(score, 'diy-extraction:recommends');
    expect(precision(t)).toBeGreaterThanOrEqual(0.95);
    expect(recall(t)).toBeGreaterThanOrEqual(0.73);
  });

  it.each(Object.entries(KIND_F1))('scores %s with F1 of at least %s', (kind, bar) => {
    const t = score.kinds.get(kind);
    expect(t).toBeDefined();
    if (t) expect(f1(t)).toBeGreaterThanOrEqual(bar);
  });
});
