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
 * bars. All seven sets have guided fixes, so they overstate: `heldout.jsonl` (context across
 * sentences, forum wording), from 2 December `heldout-2.jsonl` (a practice judged without being
 * named again, professional care by role or place, warnings by implication), `heldout-3.jsonl`
 * (written blind on 2 December; then forbidden verb lists, milk stains, "no."; then remedy
 * recipes, shop listings, booking lines and reply warnings), `heldout-4.jsonl` (written blind
 * on 2 December with more look-alike pages; then a step that forbids the procedure near the eyes,
 * guides to removal "naturally" read as remedies, clinic price lists and who pays for removal,
 * referrals as replies word them, a clinician telling their own work, questions about one's own
 * hands and the answers to them, claims that a practice fails, creams kept off the spots, kitchen
 * scrubs, captions' formulas, subtitles and dot leaders kept in their line) and `heldout-5.jsonl`
 * (written blind on 2 December: star-rated reviews, video comments, spa menus, sarcasm, reported
 * advice, look-alikes from pig livers to radiators; then verdicts told as results ("made a real
 * difference", "went red for days", "left a tiny pit"), review and reply verdict lines ("Verdict:
 * avoid.", "I wouldn't bother", "would buy again"), a ranked list's labels ("Toothpaste:
 * absolutely not."), remedies kept away from the eyes or off a baby, irony, a clinician as the
 * subject of the removal and a clinic's own "we", a recipe's next step in a listicle's words, DIY
 * recipe titles, "the lashes" and "lid skin", baby products and liver "milk spots").
 * `heldout-6.jsonl` was written blind on 2 December while those two rounds ran (price lists, a
 * surgeon in the first person, hedged, negated and far-off advice, non-native English, one-line
 * posts, and look-alikes from hoof abscesses to chalazia), scored as such (diy-extraction
 * recommends 0.74/0.47, kind F1 0.41 to 0.48), then guided a round on 2 December by classes of
 * wording: referrals by whom the job is handed to ("a job for an eye doctor", "leave it to the
 * pros", "should be checked by", "one for a specialist") and a removal named by its clinician
 * ("taken out by a derm"), harm told by what it did or left ("left a crater", "only bruises the
 * skin", "a sure way to scar", "is how you get a rash"), a remedy's recipe in kitchen verbs and a
 * steam's title, hedged advice ("at the very least use…", a failure told as a condition),
 * non-native English ("please not squeeze it"), grit told by what it does ("sands them flat")
 * and a home-abrasion kit's listing, care told by a visit booked or asked and a clinic's own
 * "we don't", questions about harm, and a step that keeps the tool off the eyes. Its bars are
 * the engine after that round, less about 0.04. `heldout-7.jsonl` was written blind on 2 December
 * while that round ran (hedged tool lists, shop Q&A, transcripts, translated pages, newborn
 * threads, clinic headings, and look-alikes from aquarium white spot to drywall nail pops),
 * scored as such (diy-extraction recommends 0.79/0.31, kind F1 0.41 to 0.69), then guided a round
 * on 2 December by classes of reading rather than phrases: a heading, list item, reply label or
 * price that runs into the next sentence without a stop is its own sentence (this set joins them
 * with a space); a reply's refusal further down a thread ("Reply: absolutely not", "A: Nope –",
 * "Answer (shopper): I'd steer clear", a line opening "Please don't –") and a listing's caution judge
 * the practice asked about; "using one" and "that thing" point back to the tool; advice in a
 * thread about one baby is about that baby; a clinician's own work told ("my dermatologist cleared nine in one go")
 * and praised ("worth every cent"); what a remedy won't do is no advice; a post that lost its
 * full stop is no product title; recipe titles by one remedy, cure or compress; harm told as
 * where it leads ("asking for an infection", "much too near the lid", "ended up with more"); choosing a
 * tool ("reach for"), comparisons ("better than squeezing"), "none of them should", a clinic's
 * own "we do not", and the eye itself and a person's lid. Its bars are the engine after that
 * round, less about 0.04; it is no longer the fair figure for unlabelled pages (heldout-8, written
 * blind as this round ran, is). heldout.jsonl leaves the baby off such replies where the other
 * sets put it on, so its infant F1 fell from 0.92 to 0.85 in that round.
 * `heldout-8.jsonl` was written blind on 2 December while that round ran (extractor listings and
 * shop Q&A, clinic fee lists, video transcripts and comments, translated and one-line posts,
 * newborn and school-age threads, and look-alikes from pearl reaming to baby heat rash), scored
 * on main before that round (diy-extraction recommends 0.43/0.16, kind F1 0.27 to 0.56) and after
 * it (0.50/0.21, kind F1 0.38 to 0.64), then guided a round on 2 December by classes of reading:
 * "no need" forbids ("neither one needs picking", "doesn't need a pin", "nor do you need to"); a
 * clinic praising its own removal tells its care; a numbered myth ("Myth 3:") knocks its claim
 * down and ends a run-on line as a label; "Professional" in a shop's title names its goods; a
 * checklist's ticks are bullets and "kit essentials" heads a list of supplies; a review's stars
 * are its verdict on the tool it tells of; a post's "would happily do again" / "would not do it again"
 * without an object; a baby-thread reply that joins in ("Me too") but still says "his"; advice
 * reported as someone else's ("swears the trick is", "is said to") describes; essential oils and
 * chest rubs are remedies; a recipe's title without an ingredient opens its recipe. Its bars
 * are the engine after that round, less about 0.04, and it is no longer the fair figure for
 * unlabelled pages (heldout-9, written blind as this round ran, is). `heldout-9.jsonl` (a
 * dermatology blog's patient question, shaving, retirement and pregnancy forums, lash-salon,
 * optometrist and pharmacy-chat pages, e-book and machine-translated listings, flattened FAQ
 * accordions, and look-alikes from Fordyce spots to milk blebs) was written blind on 2 December
 * while that round ran and never read while tuning; its bars are its score on main before the
 * round (diy-extraction recommends 0.67/0.44, kind F1 0.24 to 0.60 beside milia-term's 1.00)
 * and after it (0.73/0.44, kind F1 0.24 to 0.60), then guided a round on 2 December by classes
 * of reading: harm told as what happened ("ended up in A&E", "got a swollen cheek", "burnt a
 * small hole", "raw and peeling", "made my skin drier"); referrals in everyday words ("book in",
 * "book a derm", "pop in to see us", "direct you to a clinic", "ask for a referral", an
 * instruction to refer, a bare "see someone", "consult skin doctor"), while a policy told ("are
 * referred to", "may refer you") stays a description; a transcript's or a chat's roles as
 * speaker labels and refusals as "please, no", "no please", "lol no", "a hard no", "a no-no";
 * remedies and abrasives by family (a warm spoon held on the bumps as a compress, salt beside
 * sugar, an aspirin paste, a dry brush, a melamine sponge, sandpaper), with cooking, cleaning and
 * body brushing kept silent; and a cream or serum named for removal is a topical product, not
 * removal by hand. Its bars are the engine after that round (0.89/0.44, kind F1 0.34 to 0.76),
 * less about 0.04, and it is no longer the fair figure for unlabelled pages (heldout-10, written
 * blind as this round ran, is).
 * `heldout-10.jsonl` (support e-mails, timestamped chat logs, a wiki article and
 * its talk page, subtitles, flashcards, a newsletter digest, grandparents', preemie and WhatsApp
 * parent chats, and look-alikes from fly-tying to orf in lambs) was written blind on 2 December
 * (afternoon) while a heldout-9-guided round ran; its bars are its score on main before that round
 * (diy-extraction recommends 0.67/0.53, kind F1 0.24 to 0.74 beside milia-term's 1.00), less
 * about 0.04. `heldout-11.jsonl` (a pharmacist's leaflet, a school nurse's letter, a
 * dermatologist's question-and-answer thread, an insurance FAQ, a recall notice, consent forms and
 * referral letters, diaries, poems and satire, and look-alikes from quilting pins to pearl onions)
 * was written blind on 2 December (evening) before the next round began; its bars are its score on
 * main then (diy-extraction recommends 0.45/0.90 over only ten advice sentences, kind F1 0.41 to
 * 0.61 beside milia-term's 0.98), less about 0.04. Raise the bars as the engine learns more; never
 * lower them to let a change through.
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
    diyPrecision: 0.9,
    diyRecall: 0.63,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.66,
      'harsh-exfoliation': 0.61,
      'diy-remedy': 0.49,
      professional: 0.76,
      'eye-area': 0.74,
      infant: 0.6,
    },
  },
  {
    file: 'heldout-5.jsonl',
    diyPrecision: 0.88,
    diyRecall: 0.75,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.76,
      'harsh-exfoliation': 0.86,
      'diy-remedy': 0.84,
      professional: 0.71,
      'eye-area': 0.8,
      infant: 0.69,
    },
  },
  {
    file: 'heldout-6.jsonl',
    diyPrecision: 0.76,
    diyRecall: 0.49,
    kindF1: {
      'milia-term': 0.96,
      'diy-extraction': 0.59,
      'harsh-exfoliation': 0.6,
      'diy-remedy': 0.68,
      professional: 0.72,
      'eye-area': 0.78,
      infant: 0.38,
    },
  },
  {
    file: 'heldout-7.jsonl',
    diyPrecision: 0.96,
    diyRecall: 0.59,
    kindF1: {
      'milia-term': 0.96,
      'diy-extraction': 0.73,
      'harsh-exfoliation': 0.6,
      'diy-remedy': 0.84,
      professional: 0.6,
      'eye-area': 0.8,
      infant: 0.78,
    },
  },
  {
    file: 'heldout-8.jsonl',
    diyPrecision: 0.88,
    diyRecall: 0.59,
    kindF1: {
      'milia-term': 0.95,
      'diy-extraction': 0.57,
      'harsh-exfoliation': 0.54,
      'diy-remedy': 0.55,
      professional: 0.56,
      'eye-area': 0.57,
      infant: 0.6,
    },
  },
  {
    file: 'heldout-9.jsonl',
    diyPrecision: 0.85,
    diyRecall: 0.4,
    kindF1: {
      'milia-term': 0.96,
      'diy-extraction': 0.61,
      'harsh-exfoliation': 0.61,
      'diy-remedy': 0.3,
      professional: 0.72,
      'eye-area': 0.61,
      infant: 0.58,
    },
  },
  {
    file: 'heldout-10.jsonl',
    diyPrecision: 0.63,
    diyRecall: 0.49,
    kindF1: {
      'milia-term': 0.96,
      'diy-extraction': 0.46,
      'harsh-exfoliation': 0.2,
      'diy-remedy': 0.52,
      professional: 0.29,
      'eye-area': 0.67,
      infant: 0.7,
    },
  },
  {
    file: 'heldout-11.jsonl',
    diyPrecision: 0.41,
    diyRecall: 0.86,
    kindF1: {
      'milia-term': 0.94,
      'diy-extraction': 0.37,
      'harsh-exfoliation': 0.42,
      'diy-remedy': 0.41,
      professional: 0.39,
      'eye-area': 0.57,
      infant: 0.53,
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
