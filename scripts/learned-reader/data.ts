import { detect } from '../../src/engine/detect.ts';
import { MILIA_ANCHOR } from '../../src/engine/milia-anchor.ts';
import {
  type CorpusPage,
  type HeldOutFile,
  loadDevCorpus,
  loadHeldOutCorpus,
  pageText,
} from '../../tests/engine/support/corpus.ts';

/** One corpus sentence with its gold labels and what the rules found in it. */
export interface Sent {
  text: string;
  gold: Set<string>;
  rules: Set<string>;
  prev: string;
  /** The page names milia, so the engine would run on it at all. */
  pageMilia: boolean;
  /** A look-alike page (sewing, cooking, other skin conditions...). */
  unrelated: boolean;
  /** Index of the training set it came from (for leave-one-set-out). */
  set: number;
}

/**
 * The training sets, as the experiment used them: dev plus heldout.jsonl to heldout-10.jsonl.
 * heldout-11.jsonl is not one: it was kept blind and scored once by `blind`.
 */
export const HELD_OUT_TRAINING: HeldOutFile[] = [
  'heldout.jsonl',
  ...([2, 3, 4, 5, 6, 7, 8, 9, 10] as const).map((n): HeldOutFile => `heldout-${n}.jsonl`),
];

/**
 * Pages to sentences with gold and engine labels. A finding belongs to the sentence it starts in,
 * as in tests/engine/support/score.ts; myths and milia-term are left out (not this model's concern).
 */
export function sentences(pages: readonly CorpusPage[], set: number): Sent[] {
  const out: Sent[] = [];
  for (const page of pages) {
    const { text, sentences: spans } = pageText(page);
    const findings = detect(text).filter((f) => f.kind !== 'myth' && f.kind !== 'milia-term');
    const pageMilia = MILIA_ANCHOR.test(text);
    spans.forEach((s, i) => {
      out.push({
        text: s.text,
        gold: new Set(s.labels.filter((l) => !l.startsWith('milia-term'))),
        rules: new Set(
          findings
            .filter((f) => f.start >= s.start && f.start < s.end)
            .map((f) => `${f.kind}:${f.stance}`),
        ),
        prev: i > 0 ? spans[i - 1]!.text : '',
        pageMilia,
        unrelated: page.topic === 'unrelated',
        set,
      });
    });
  }
  return out;
}

/** All training sentences; `set` 0 is dev, 1..10 the held-out files in order. */
export function loadTraining(): { data: Sent[]; sets: number } {
  const corpora = [loadDevCorpus(), ...HELD_OUT_TRAINING.map((f) => loadHeldOutCorpus(f))];
  return { data: corpora.flatMap((pages, i) => sentences(pages, i)), sets: corpora.length };
}

/** A held-out file named on the command line, refused if it is a training set or not a held-out file. */
export function loadBlind(name: string): Sent[] {
  if (!/^heldout-\d+\.jsonl$/.test(name) || (HELD_OUT_TRAINING as string[]).includes(name))
    throw new Error(`${name}: name a held-out file that is not a training set`);
  return sentences(loadHeldOutCorpus(name as HeldOutFile), 99);
}
