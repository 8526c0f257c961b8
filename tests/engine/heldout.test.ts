import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/engine/types.ts';
import { type HeldOutFile, loadHeldOutCorpus } from './support/corpus.ts';
import { f1, formatScore, labelTally, precision, recall, scoreCorpus } from './support/score.ts';

interface Bars {
  file: HeldOutFile;
  /** Precision and recall of `diy-extraction:recommends`, the advice the product exists for. */
  diyPrecision: number;
  diyRecall: number;
  kindF1: Record<Exclude<Kind, 'myth'>, number>;
}

/**
 * The held-out sets (forum threads, listicles, Q&A, reviews, product pages, parenting forums,
 * clinic pages and look-alikes on other topics), scored like the dev corpus. They tell how the
 * engine does on wording it was not tuned on; a fix earns its place only when it serves a class
 * of pages, never one sentence here.
 *
 * The bars are what the engine honestly reaches on each set, less a small margin, not the dev
 * bars. Five sets have guided or now guide fixes, so they overstate: `heldout.jsonl` (context
 * across sentences, forum wording), from 2 December `heldout-2.jsonl` (a practice judged without
 * being named again, professional care by role or place, warnings by implication),
 * `heldout-3.jsonl` (written blind on 2 December; then forbidden verb lists, milk stains, "no.";
 * then remedy recipes, shop listings, booking lines and reply warnings), `heldout-4.jsonl`
 * (written blind on 2 December with more look-alike pages, then used to tune) and
 * `heldout-5.jsonl` (written blind on 2 December with star-rated reviews, video comments, spa
 * menus, sarcasm and reported advice; it now guides tuning). `heldout-6.jsonl`, written blind on
 * 2 December (price lists, a surgeon in the first person, hedged, negated and far-off advice,
 * non-native English, one-line posts, and look-alikes from hoof abscesses to chalazia) and never
 * read while tuning, is the fair figure for pages nobody has labelled; its bars are what the
 * engine reached when the set was added, less about 0.04. Raise the bars as the engine learns
 * more; never lower them to let a change through.
 */
const SETS: readonly Bars[] = [
  {
    file: 'heldout.jsonl',
    diyPrecision: 0.95,
    diyRecall: 0.94,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.91,
      'harsh-exfoliation': 0.82,
      'diy-remedy': 0.88,
      professional: 0.85,
      'eye-area': 0.95,
      infant: 0.84,
    },
  },
  {
    file: 'heldout-2.jsonl',
    diyPrecision: 0.95,
    diyRecall: 0.75,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.86,
      'harsh-exfoliation': 0.83,
      'diy-remedy': 0.85,
      professional: 0.92,
      'eye-area': 0.65,
      infant: 0.9,
    },
  },
  {
    file: 'heldout-3.jsonl',
    diyPrecision: 0.85,
    diyRecall: 0.6,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.65,
      'harsh-exfoliation': 0.6,
      'diy-remedy': 0.72,
      professional: 0.63,
      'eye-area': 0.6,
      infant: 0.5,
    },
  },
  {
    file: 'heldout-4.jsonl',
    diyPrecision: 0.52,
    diyRecall: 0.35,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.42,
      'harsh-exfoliation': 0.53,
      'diy-remedy': 0.34,
      professional: 0.47,
      'eye-area': 0.7,
      infant: 0.6,
    },
  },
  {
    file: 'heldout-5.jsonl',
    diyPrecision: 0.75,
    diyRecall: 0.62,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.56,
      'harsh-exfoliation': 0.42,
      'diy-remedy': 0.45,
      professional: 0.63,
      'eye-area': 0.51,
      infant: 0.53,
    },
  },
  {
    file: 'heldout-6.jsonl',
    diyPrecision: 0.68,
    diyRecall: 0.39,
    kindF1: {
      'milia-term': 0.96,
      'diy-extraction': 0.42,
      'harsh-exfoliation': 0.26,
      'diy-remedy': 0.35,
      professional: 0.36,
      'eye-area': 0.41,
      infant: 0.37,
    },
  },
];

describe.each(SETS)('held-out set $file', ({ file, diyPrecision, diyRecall, kindF1 }) => {
  const score = scoreCorpus(loadHeldOutCorpus(file));
  console.log(`\n${file}\n${formatScore(score)}\n`);
  // HELDOUT_DETAIL=1 lists every missed and extra label, for studying classes of errors.
  if (process.env.HELDOUT_DETAIL)
    console.log(`misses:\n${score.misses.join('\n')}\n\nextras:\n${score.extras.join('\n')}\n`);

  it('raises no warning, caution or danger on unrelated pages', () => {
    expect(score.unrelatedAlarms).toEqual([]);
  });

  it(`finds DIY extraction advice with precision of at least ${diyPrecision} and recall of at least ${diyRecall}`, () => {
    const t = labelTally(score, 'diy-extraction:recommends');
    expect(precision(t)).toBeGreaterThanOrEqual(diyPrecision);
    expect(recall(t)).toBeGreaterThanOrEqual(diyRecall);
  });

  it.each(Object.entries(kindF1))('scores %s with F1 of at least %s', (kind, bar) => {
    const t = score.kinds.get(kind);
    expect(t).toBeDefined();
    if (t) expect(f1(t)).toBeGreaterThanOrEqual(bar);
  });
});
