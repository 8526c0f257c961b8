/**
 * Scoring as tests/engine/support/score.ts does it (per sentence, the union of predicted and gold
 * labels; a kind's tp needs the gold stance), for three rows: the rules alone, the model alone, and
 * the rules plus the model's labels of kinds the rules missed.
 */
import type { Sent } from './data.ts';
import { type Config, KINDS, predict, train } from './model.ts';

export type Tally = { tp: number; fp: number; fn: number };
export interface Scored {
  s: Sent;
  p: Map<string, [string, number]>;
}
type Row = 'rules' | 'model' | 'combined';

export const f1 = (t: Tally) => (2 * t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn));
export const micro = (m: Map<string, Tally>) => {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const v of m.values()) {
    t.tp += v.tp;
    t.fp += v.fp;
    t.fn += v.fn;
  }
  return t;
};

/** The three rows' label sets for one sentence. */
function rows(x: Scored, tModel: number, tAdd: number) {
  const p = [...x.p.values()];
  const model = new Set(p.filter(([, q]) => q >= tModel).map(([l]) => l));
  const ruleKinds = new Set([...x.s.rules].map((l) => l.split(':')[0]));
  const addedUngated = p
    .filter(([l, q]) => q >= tAdd && !ruleKinds.has(l.split(':')[0]))
    .map(([l]) => l);
  // Additions only where the engine would run at all (the page names milia), of kinds the rules missed.
  const added = x.s.pageMilia ? addedUngated : [];
  return {
    rules: x.s.rules,
    model,
    combined: new Set([...x.s.rules, ...added]),
    added,
    addedUngated,
  };
}

export function tallies(xs: Scored[], tModel: number, tAdd: number) {
  const T: Record<Row, Map<string, Tally>> = {
    rules: new Map(),
    model: new Map(),
    combined: new Map(),
  };
  const add = { tp: 0, n: 0, unrelated: 0, unrelatedUngated: 0 };
  for (const x of xs) {
    const r = rows(x, tModel, tAdd);
    for (const row of ['rules', 'model', 'combined'] as const) {
      const pred = r[row];
      for (const lab of new Set([...pred, ...x.s.gold])) {
        const kind = lab.split(':')[0]!;
        const t = T[row].get(kind) ?? { tp: 0, fp: 0, fn: 0 };
        T[row].set(kind, t);
        t[pred.has(lab) ? (x.s.gold.has(lab) ? 'tp' : 'fp') : 'fn']++;
      }
    }
    add.n += r.added.length;
    add.tp += r.added.filter((l) => x.s.gold.has(l)).length;
    if (x.s.unrelated) {
      add.unrelated += r.added.length;
      add.unrelatedUngated += r.addedUngated.length;
    }
  }
  return { T, add };
}

export function table(T: Record<Row, Map<string, Tally>>): string {
  const cell = (t?: Tally) =>
    (t ? `${f1(t).toFixed(2)} [${t.tp}/${t.fp}/${t.fn}]` : '-').padEnd(22);
  const head = ['kind', 'rules', 'model', 'rules+model'];
  const lines = [`${head.map((h) => h.padEnd(22)).join('')}(F1 [tp/fp/fn])`];
  const line = (name: string, r?: Tally, m?: Tally, c?: Tally) =>
    `${name.padEnd(22)}${cell(r)}${cell(m)}${cell(c)}`.trimEnd();
  for (const k of KINDS) lines.push(line(k, T.rules.get(k), T.model.get(k), T.combined.get(k)));
  lines.push(line('micro (6 kinds)', micro(T.rules), micro(T.model), micro(T.combined)));
  return lines.join('\n');
}

/** The addition count, its gold hits and the look-alike-page additions, gated and ungated. */
export function additions(a: ReturnType<typeof tallies>['add']): string {
  return `additions: ${a.n} (${a.tp} with the gold label); on unrelated pages: ${a.unrelated} gated, ${a.unrelatedUngated} ungated`;
}

/** One line per addition threshold: how the combined row moves with it. */
export function sensitivity(xs: Scored[], tModel: number, ts: number[], prefix = ''): string[] {
  return ts.map((t) => {
    const { T, add } = tallies(xs, tModel, t);
    return `  ${prefix}add@${t}: ${add.tp}/${add.n} correct, combined micro F1 ${f1(micro(T.combined)).toFixed(3)}, unrelated gated ${add.unrelated} ungated ${add.unrelatedUngated}`;
  });
}

/** Leave-one-set-out predictions: each training set scored by a model trained on the others. */
export function loso(data: Sent[], sets: number, cfg: Config): Scored[] {
  const out: Scored[] = [];
  for (let k = 0; k < sets; k++) {
    const m = train(
      data.filter((s) => s.set !== k),
      cfg,
    );
    for (const s of data.filter((s) => s.set === k)) out.push({ s, p: predict(m, s) });
  }
  return out;
}

const GRID_T = [
  0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99,
];
/** Additions must be right this often before they are worth showing. */
const PREC = 0.8;

/** Model-alone threshold with the best micro F1; addition threshold: the lowest whose additions reach PREC. */
export function pick(xs: Scored[]) {
  let tModel = 0.5;
  let bestF = -1;
  for (const t of GRID_T) {
    const f = f1(micro(tallies(xs, t, 2).T.model));
    if (f > bestF) {
      bestF = f;
      tModel = t;
    }
  }
  let tAdd = 0.99;
  for (const t of GRID_T) {
    const a = tallies(xs, tModel, t).add;
    if (a.n >= 5 && a.tp / a.n >= PREC) {
      tAdd = t;
      break;
    }
  }
  return { tModel, tAdd, modelF1: bestF };
}
