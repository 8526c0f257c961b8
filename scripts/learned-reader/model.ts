import { KINDS as ENGINE_KINDS, STANCES } from '../../src/engine/types.ts';

/**
 * The learned reader: hashed binary word features and one SGD logistic regression per
 * `kind:stance` label, int8-quantised as it would ship. All figures use the quantised weights.
 */
/** The kinds the corpora label with a stance: the engine's own, less milia-term and myth. */
export const KINDS: readonly string[] = ENGINE_KINDS.filter(
  (k) => k !== 'milia-term' && k !== 'myth',
);
export const LABELS = KINDS.flatMap((k) => STANCES.map((s) => `${k}:${s}`));

export interface Config {
  bits: number;
  lambda: number;
  epochs: number;
  prev: boolean;
  bigrams: boolean;
}
export interface Example {
  text: string;
  prev: string;
  pageMilia: boolean;
}
export interface Model {
  W: Float32Array[];
  cfg: Config;
}

const words = (t: string) => t.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
/** FNV-1a: a stable hash, so the same text lands in the same buckets on every run. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Hashed binary features: unigrams, bigrams, "page names milia", optionally the previous sentence's unigrams. */
export function features(s: Example, c: Config): Int32Array {
  const mask = (1 << c.bits) - 1;
  const w = words(s.text);
  const f = new Set<number>([fnv('<bias>') & mask]);
  if (s.pageMilia) f.add(fnv('<page-milia>') & mask);
  for (let i = 0; i < w.length; i++) {
    f.add(fnv(`u:${w[i]}`) & mask);
    if (c.bigrams) f.add(fnv(`b:${i > 0 ? w[i - 1] : '<s>'} ${w[i]}`) & mask);
  }
  if (c.prev) for (const p of words(s.prev)) f.add(fnv(`p:${p}`) & mask);
  return Int32Array.from(f);
}

/** SGD logistic regression, one weight vector per label, L2 on the active features; a seeded shuffle keeps runs identical. */
export function train(data: (Example & { gold: Set<string> })[], cfg: Config, seed = 1): Model {
  const X = data.map((s) => features(s, cfg));
  const W = LABELS.map(() => new Float32Array(1 << cfg.bits));
  let r = seed;
  const order = data.map((_, i) => i);
  let step = 0;
  for (let e = 0; e < cfg.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      r = (Math.imul(r, 1103515245) + 12345) >>> 0;
      const j = r % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const eta = 0.5 / (1 + step++ / data.length);
      const x = X[n]!;
      LABELS.forEach((lab, l) => {
        const w = W[l]!;
        let z = 0;
        for (const k of x) z += w[k]!;
        const y = data[n]!.gold.has(lab) ? 1 : 0;
        const g = 1 / (1 + Math.exp(-z)) - y;
        for (const k of x) w[k] = w[k]! - eta * (g + cfg.lambda * w[k]!);
      });
    }
  }
  return { W: W.map(quantise), cfg };
}

/** int8 per bucket per label with one float scale per label (what would ship); returns the dequantised weights. */
function quantise(w: Float32Array): Float32Array {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  return w.map((v) => Math.round(v / scale) * scale);
}

/** The weights as int8 bytes, label after label (what the `size` mode measures). */
export function int8Bytes(m: Model): Int8Array {
  const bits = m.cfg.bits;
  const bytes = new Int8Array(LABELS.length << bits);
  m.W.forEach((w, l) => {
    let max = 0;
    for (const v of w) max = Math.max(max, Math.abs(v));
    w.forEach((v, k) => {
      bytes[(l << bits) + k] = Math.round((v / (max || 1)) * 127);
    });
  });
  return bytes;
}

/** Per kind: the most probable stance and its probability (one stance per kind, as the engine reports). */
export function predict(m: Model, s: Example): Map<string, [string, number]> {
  const x = features(s, m.cfg);
  const best = new Map<string, [string, number]>();
  LABELS.forEach((lab, l) => {
    let z = 0;
    for (const k of x) z += m.W[l]![k]!;
    const p = 1 / (1 + Math.exp(-z));
    const kind = lab.split(':')[0]!;
    if (p > (best.get(kind)?.[1] ?? -1)) best.set(kind, [lab, p]);
  });
  return best;
}
