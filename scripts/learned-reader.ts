/**
 * Experiment, not part of the extension: does a small learned reader transfer to unseen pages
 * better than the regex engine?
 *
 * Why: round after round of new rules lifts the sets they were tuned on but barely moves the blind
 * held-out sets written afterwards. This asks whether a learned reader does better there: a hashed
 * bag-of-words (unigrams, bigrams, "page names milia") logistic regression per `kind:stance`
 * label, trained on the labelled corpora, int8-quantised as it would ship. It is scored three ways:
 * rules alone (detect()), model alone, and rules plus the model's confident labels of kinds the
 * rules missed, only on pages that name milia (as the engine gates).
 *
 *   node scripts/learned-reader.ts cv            settings search, leave-one-set-out over the training sets
 *   node scripts/learned-reader.ts cvbest        tables for the chosen settings (all sets and heldout-10 alone)
 *   node scripts/learned-reader.ts size          int8 weight size, and time to classify 1 MB of text
 *   node scripts/learned-reader.ts blind <file>  train on all training sets, score one held-out file
 *                                                (e.g. heldout-11.jsonl) once: aggregate numbers only
 *
 * (`npm run experiment:learned -- <mode>` runs the same.) First run on 2 December against the engine
 * at 7eda47d: model-alone LOSO micro F1 0.62 against the rules' 0.74 (in-sample: the rules were tuned
 * on these sets), rules+model 0.76; on heldout-10 alone 0.50 rules, 0.55 model, 0.54 rules+model.
 *
 * Training sets: ../shared/corpus/dev.jsonl and tests/engine/support/heldout.jsonl..heldout-10.jsonl.
 * Run from the repo root (the corpus loader finds ../shared from the working directory). A blind
 * file is spent once scored: do not rerun `blind` on a file to choose settings.
 */
import { gzipSync } from 'node:zlib';
import { detect } from '../src/engine/detect.ts';
import { loadBlind, loadTraining } from './learned-reader/data.ts';
import { type Config, int8Bytes, LABELS, predict, train } from './learned-reader/model.ts';
import {
  additions,
  f1,
  loso,
  micro,
  pick,
  type Scored,
  sensitivity,
  table,
  tallies,
} from './learned-reader/score.ts';

/** What `cv` chose on 2 December (best model-alone LOSO micro F1), used by cvbest, size and blind. */
const CHOSEN: Config & { tModel: number; tAdd: number } = {
  bits: 14,
  lambda: 1e-5,
  epochs: 5,
  prev: false,
  bigrams: true,
  tModel: 0.15,
  tAdd: 0.9,
};
/** Addition thresholds reported beside the chosen one (declared before the blind run, not used to choose). */
const SENS = [0.5, 0.7, 0.9, 0.95, 0.99];

const [mode, arg] = process.argv.slice(2);
const { data, sets } = loadTraining();

function cvbest() {
  // The chosen settings again, thresholds re-picked; then the last set the rules did not tune on.
  const xs = loso(data, sets, CHOSEN);
  const p = pick(xs);
  console.log(`config ${JSON.stringify(CHOSEN)} -> thresholds ${JSON.stringify(p)}`);
  const c = tallies(xs, p.tModel, p.tAdd);
  console.log(`${table(c.T)}\n${additions(c.add)}`);
  console.log(sensitivity(xs, p.tModel, [0.9, 0.95, 0.97, 0.99]).join('\n'));
  const h10 = xs.filter((x) => x.s.set === sets - 1);
  const c10 = tallies(h10, p.tModel, p.tAdd);
  console.log(`\nheldout-10 alone (model trained on the other ${sets - 1} sets):`);
  console.log(`${table(c10.T)}\n${additions(c10.add)}`);
  console.log(sensitivity(h10, p.tModel, SENS).join('\n'));
  console.log(sensitivity(xs, p.tModel, SENS, `all ${sets}, `).join('\n'));
}

function cv() {
  console.log(`training sets: ${sets}, sentences: ${data.length}`);
  const results: { cfg: Config; tModel: number; tAdd: number; modelF1: number; xs: Scored[] }[] =
    [];
  for (const bits of [10, 12, 14])
    for (const lambda of [1e-5, 1e-3])
      for (const epochs of [5, 15])
        for (const prev of [false, true]) {
          const cfg = { bits, lambda, epochs, prev, bigrams: true };
          const xs = loso(data, sets, cfg);
          const p = pick(xs);
          const { add, T } = tallies(xs, p.tModel, p.tAdd);
          const combined = f1(micro(T.combined)).toFixed(3);
          console.log(
            `${JSON.stringify(cfg)} model-alone micro F1 ${p.modelF1.toFixed(3)} @${p.tModel} | add@${p.tAdd}: ${add.tp}/${add.n} correct, combined micro F1 ${combined}`,
          );
          results.push({ cfg, ...p, xs });
        }
  const best = results.reduce((a, b) => (b.modelF1 > a.modelF1 ? b : a));
  console.log(`\nchosen: ${JSON.stringify({ ...best.cfg, tModel: best.tModel, tAdd: best.tAdd })}`);
  const c = tallies(best.xs, best.tModel, best.tAdd);
  console.log(`${table(c.T)}\n${additions(c.add)}`);
  console.log(sensitivity(best.xs, best.tModel, [0.9, 0.95, 0.97, 0.99]).join('\n'));
}

function blind(file: string) {
  const m = train(data, CHOSEN);
  const held = loadBlind(file);
  const xs = held.map((s) => ({ s, p: predict(m, s) }));
  const c = tallies(xs, CHOSEN.tModel, CHOSEN.tAdd);
  console.log(
    `${file} (blind, score once): ${held.length} sentences; config ${JSON.stringify(CHOSEN)}`,
  );
  console.log(`${table(c.T)}\n${additions(c.add)}`);
  console.log('pre-declared sensitivity of the addition threshold (headline stays at tAdd above):');
  console.log(sensitivity(xs, CHOSEN.tModel, SENS).join('\n'));
}

function size() {
  const m = train(data, CHOSEN);
  const bytes = int8Bytes(m);
  const nz = bytes.filter((b) => b !== 0).length;
  console.log(
    `weights: ${LABELS.length} labels x 2^${CHOSEN.bits} buckets int8 = ${bytes.length} bytes raw, ${gzipSync(bytes).length} gzipped; non-zero ${nz}`,
  );
  // About 1 MB of sentences, cycling through the training text.
  let mb = '';
  const sents: typeof data = [];
  while (mb.length < 1 << 20)
    for (const s of data) {
      sents.push(s);
      mb += `${s.text} `;
      if (mb.length >= 1 << 20) break;
    }
  const mbs = (mb.length / 1048576).toFixed(2);
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    let kinds = 0; // used below, so the predictions cannot be optimised away
    for (const s of sents) kinds += predict(m, s).size;
    const ms = (performance.now() - t0).toFixed(0);
    console.log(`classify ${sents.length} sentences (${mbs} MB, ${kinds} kind scores): ${ms} ms`);
  }
  const t1 = performance.now();
  detect(mb);
  console.log(
    `side by side, detect() on the same MB as one text: ${(performance.now() - t1).toFixed(0)} ms`,
  );
}

if (mode === 'cv') cv();
else if (mode === 'cvbest') cvbest();
else if (mode === 'size') size();
else if (mode === 'blind' && arg) blind(arg);
else {
  console.error('usage: node scripts/learned-reader.ts cv | cvbest | size | blind <held-out file>');
  process.exitCode = 1;
}
