import { detect } from '../../../src/engine/detect.ts';
import type { Finding } from '../../../src/engine/types.ts';
import { type CorpusPage, pageText } from './corpus.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  /** Per `kind:stance` label and per kind (a kind's hit needs the right stance too). */
  labels: Map<string, Tally>;
  kinds: Map<string, Tally>;
  /** warning, caution and danger findings on pages about something else. */
  unrelatedAlarms: Finding[];
  misses: string[];
  extras: string[];
}

const ALARMS = new Set(['danger', 'warning', 'caution']);
const tally = (map: Map<string, Tally>, key: string) => {
  const t = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  map.set(key, t);
  return t;
};

/**
 * Scores the engine at the sentence level, as the corpus is labelled: a finding belongs to the
 * corpus sentence it starts in, and a sentence's predicted labels are its findings' `kind:stance`.
 * Myths are not labelled in the corpus, so they are not scored.
 */
export function scoreCorpus(pages: readonly CorpusPage[]): Score {
  const score: Score = {
    labels: new Map(),
    kinds: new Map(),
    unrelatedAlarms: [],
    misses: [],
    extras: [],
  };
  for (const page of pages) {
    const { text, sentences } = pageText(page);
    const findings = detect(text);
    if (page.topic === 'unrelated')
      score.unrelatedAlarms.push(...findings.filter((f) => ALARMS.has(f.severity)));
    for (const sentence of sentences) {
      const predicted = new Set(
        findings
          .filter((f) => f.kind !== 'myth' && f.start >= sentence.start && f.start < sentence.end)
          .map((f) => `${f.kind}:${f.stance}`),
      );
      const gold = new Set(sentence.labels);
      for (const label of new Set([...predicted, ...gold])) {
        const kind = label.split(':')[0] ?? label;
        const field = predicted.has(label) ? (gold.has(label) ? 'tp' : 'fp') : 'fn';
        tally(score.labels, label)[field] += 1;
        tally(score.kinds, kind)[field] += 1;
        if (field === 'fn') score.misses.push(`${page.id}: [${label}] ${sentence.text}`);
        if (field === 'fp') score.extras.push(`${page.id}: [${label}] ${sentence.text}`);
      }
    }
  }
  return score;
}

/** The tally of one `kind:stance` label; a corpus without the label cannot meet its bar. */
export function labelTally(score: Score, label: string): Tally {
  const t = score.labels.get(label);
  if (!t) throw new Error(`no sentence is labelled or found as ${label}`);
  return t;
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The score table the test prints. */
export function formatScore(score: Score): string {
  const row = (name: string, t: Tally) =>
    `${name.padEnd(32)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}   ${precision(t).toFixed(2)}  ${recall(t).toFixed(2)}  ${f1(t).toFixed(2)}`;
  const header = `${'label'.padEnd(32)}   TP   FP   FN   prec  rec   F1`;
  const sorted = (map: Map<string, Tally>) => [...map].sort(([a], [b]) => a.localeCompare(b));
  return [
    header,
    ...sorted(score.labels).map(([k, t]) => row(k, t)),
    '',
    ...sorted(score.kinds).map(([k, t]) => row(`${k} (kind)`, t)),
    '',
    `alarms on unrelated pages: ${score.unrelatedAlarms.length}`,
  ].join('\n');
}
