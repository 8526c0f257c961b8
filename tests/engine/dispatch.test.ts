import { describe, expect, it } from 'vitest';
import { loadPools } from '../../scripts/bench/corpus.ts';
import { generateText } from '../../scripts/bench/text-gen.ts';
import { compileDispatch, type Tagged } from '../../src/engine/dispatch.ts';
import { CUE_SOURCES } from '../../src/engine/lexicon/cue-words.ts';
import { CUE_ORDER, findCues } from '../../src/engine/lexicon/stance.ts';
import { lowerText } from '../../src/engine/lower-text.ts';
import { LAYERS } from '../../src/engine/rules/index.ts';
import { MATCHERS } from '../../src/engine/detect.ts';
import { loadDevCorpus, loadSeedArticle, pageText } from './support/corpus.ts';

type Match = [tag: unknown, start: number, end: number];

/** The plain alternation the dispatcher replaces: one capturing group per entry. */
function plainMatches(entries: readonly Tagged<unknown>[], head: string, text: string): Match[] {
  const used = entries.filter((entry) => entry.sources.length > 0);
  const re = new RegExp(`${head}(?:${used.map((e) => `(${e.sources.join('|')})`).join('|')})`, 'g');
  const found: Match[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    const group = m.findIndex((value, i) => i > 0 && value !== undefined);
    found.push([used[group - 1]?.tag, m.index, m.index + m[0].length]);
  }
  return found;
}

function dispatchedMatches(dispatcher: ReturnType<typeof compileDispatch>, text: string): Match[] {
  const found: Match[] = [];
  dispatcher.scan(text, (tag, start, end) => found.push([tag, start, end]));
  return found;
}

const texts = [
  ...loadDevCorpus().map((page) => pageText(page).text),
  loadSeedArticle(),
  generateText('milia-dense', loadPools(), 200_000, 3),
  generateText('unrelated', loadPools(), 50_000, 5),
].map(lowerText);

describe('the bucketed alternations', () => {
  for (const [name, rules] of Object.entries(LAYERS)) {
    it(`find what the plain alternation finds in the ${name} layer`, () => {
      const entries = rules.map((rule) => ({
        tag: rule.id,
        sources: rule.patterns.map((pattern) => pattern.replace(/^\\b/, '')),
      }));
      const head = '(?<![a-z0-9])(?=[a-z#])\\b';
      const matcher = MATCHERS[name as keyof typeof MATCHERS];
      for (const text of texts) {
        const found = matcher.match(text).map((hit): Match => [hit.rule.id, hit.start, hit.end]);
        expect(found).toEqual(plainMatches(entries, head, text));
      }
    });
  }

  it('find the stance cues the plain alternation finds, sentence by sentence', () => {
    const entries = CUE_ORDER.map((type) => ({ tag: type, sources: [CUE_SOURCES[type]] }));
    let cues = 0;
    for (const sentence of texts.flatMap((text) => text.split(/(?<=[.!?\n])\s+/))) {
      const found = findCues(sentence).map((cue): Match => [cue.type, cue.start, cue.end]);
      expect(found).toEqual(plainMatches(entries, "(?<![a-z0-9_'’])(?=[a-z])", sentence));
      cues += found.length;
    }
    expect(cues).toBeGreaterThan(1000);
  });

  it('keep the first alternative in order where several match, across buckets and parts', () => {
    // "never" and "nnb" are in the n bucket only, "\S*?ing" is in every bucket, "(?:n|b){2}"
    // (a counted repeat, which is not peeled) stays whole between the n bucket's alternatives,
    // and the long entry spreads the alternation over several expressions.
    const long = Array.from({ length: 2000 }, (_, i) => `q${i.toString(36)}x`);
    const entries = [
      { tag: 'never', sources: ['never'] },
      { tag: 'nn', sources: ['nnb'] },
      { tag: 'anything', sources: ['\\S*?ing'] },
      { tag: 'counted', sources: ['(?:n|b){2}\\w*'] },
      { tag: 'ne', sources: ['ne\\w*'] },
      { tag: 'long', sources: long },
    ];
    const dispatcher = compileDispatch(entries, { notAfter: 'a-z0-9', starts: 'abnq' });
    expect(dispatcher.expressions.length).toBeGreaterThan(2);
    for (const text of ['never nearing a king', 'nevermind bring q1x qzzx nnbing bbq', 'q2x ne']) {
      expect(dispatchedMatches(dispatcher, text)).toEqual(
        plainMatches(entries, '(?<![a-z0-9])(?=[abnq])', text),
      );
    }
  });
});
