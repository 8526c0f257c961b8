import { NEUTRAL } from './vocabulary.ts';

/**
 * Generated text for the benchmarks: realistic sentences grouped into paragraphs of three to six
 * sentences, paragraphs separated by a blank line, up to a requested size. Everything is seeded,
 * so two runs (and the test) see the same text.
 */

/** Sentences to draw from, by what kind of page they come from. */
export interface SentencePools {
  /** Sentences from pages about milia (the dev corpus's milia pages and the seed article). */
  milia: string[];
  /** Sentences from unrelated pages that share words with DIY advice (sewing, popcorn, ...). */
  unrelated: string[];
}

export type TextKind = 'milia-dense' | 'unrelated' | 'no-skin';

/** A small, fast deterministic random source (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One sentence about trains, gardens or bread: no skin or milia word anywhere in it. */
export function neutralSentence(random: () => number): string {
  return (
    `${pick(NEUTRAL.subjects, random)} ${pick(NEUTRAL.verbs, random)} ` +
    `${pick(NEUTRAL.objects, random)}${pick(NEUTRAL.tails, random)}.`
  );
}

/**
 * A sentence source for one kind of text. Milia-dense text is all milia-page sentences; unrelated
 * text mixes the corpus's look-alike pages (needles for sewing, pumice for feet) with neutral
 * sentences; no-skin text is neutral sentences only.
 */
export function sentenceSource(kind: TextKind, pools: SentencePools, seed = 1): () => string {
  const random = seededRandom(seed);
  if (kind === 'milia-dense') return () => pick(pools.milia, random);
  if (kind === 'unrelated') {
    return () => (random() < 0.5 ? pick(pools.unrelated, random) : neutralSentence(random));
  }
  return () => neutralSentence(random);
}

/**
 * Paragraphs (each three to six sentences) from `next`, until their text reaches `chars` (or
 * there are `maxCount` of them).
 */
export function generateParagraphs(
  next: () => string,
  chars: number,
  seed = 7,
  maxCount = Infinity,
): string[] {
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars && paragraphs.length < maxCount) {
    const count = 3 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < count; i += 1) sentences.push(next());
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs;
}

/** About `chars` characters of one kind of text, paragraphs separated by "\n\n". */
export function generateText(
  kind: TextKind,
  pools: SentencePools,
  chars: number,
  seed = 1,
): string {
  return generateParagraphs(sentenceSource(kind, pools, seed), chars, seed + 6).join('\n\n');
}

/** Sentences of a corpus page (one JSON line of dev.jsonl), grouped by its topic. */
export function poolsFromCorpus(devJsonl: string, seedArticle: string): SentencePools {
  const pools: SentencePools = { milia: [], unrelated: [] };
  for (const line of devJsonl.split('\n')) {
    if (line.trim() === '') continue;
    const page = JSON.parse(line) as { topic: string; paragraphs: { text: string }[][] };
    const target = page.topic === 'milia' ? pools.milia : pools.unrelated;
    for (const paragraph of page.paragraphs) for (const s of paragraph) target.push(s.text);
  }
  for (const line of seedArticle.split('\n')) {
    const text = line.trim();
    if (text.length > 20) pools.milia.push(text);
  }
  return pools;
}
