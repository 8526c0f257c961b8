import { describe, expect, it } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import { collectBlocks } from '../../src/page/collect-text.ts';
import { loadPools } from '../../scripts/bench/corpus.ts';
import { articlePage, forumPage, manyNodesPage } from '../../scripts/bench/page-gen.ts';
import { generateText } from '../../scripts/bench/text-gen.ts';
import { MILIA_TERMS, SKIN_VOCABULARY } from '../../scripts/bench/vocabulary.ts';

/**
 * The benchmark's figures only mean something if its inputs are what they claim: the requested
 * size, milia vocabulary where the text is meant to be dense with it, and none of it where the
 * page is meant to have no skin words at all.
 */
const pools = loadPools();

function pageText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return collectBlocks(doc.body)
    .map((block) => block.text)
    .join('\n\n');
}

const mentions = (text: string, terms: readonly string[]) => {
  const lower = text.toLowerCase();
  return terms.filter((term) => lower.includes(term.toLowerCase()));
};

describe('benchmark text', () => {
  it.each(['milia-dense', 'unrelated', 'no-skin'] as const)(
    '%s text has the requested size',
    (kind) => {
      const text = generateText(kind, pools, 50_000);
      expect(text.length).toBeGreaterThanOrEqual(50_000);
      expect(text.length).toBeLessThan(52_000);
      expect(text.split('\n\n').length).toBeGreaterThan(50);
      expect(generateText(kind, pools, 50_000)).toBe(text);
    },
  );

  it('milia-dense text gives the engine something to find in every few paragraphs', () => {
    const text = generateText('milia-dense', pools, 50_000);
    expect(mentions(text, MILIA_TERMS).length).toBeGreaterThan(0);
    expect(detect(text).length).toBeGreaterThan(50);
  });

  it('unrelated text shares tool words with DIY advice but never names milia', () => {
    const text = generateText('unrelated', pools, 50_000);
    expect(mentions(text, ['needle', 'pin', 'pumice']).length).toBeGreaterThan(0);
    expect(mentions(text, MILIA_TERMS)).toEqual([]);
  });

  it('no-skin text holds none of the vocabulary, and the engine finds nothing in it', () => {
    const text = generateText('no-skin', pools, 50_000);
    expect(mentions(text, SKIN_VOCABULARY)).toEqual([]);
    expect(detect(text)).toEqual([]);
  });
});

describe('benchmark pages', () => {
  it('an article page carries about the requested amount of readable text', () => {
    const text = pageText(articlePage('milia-dense', pools, 100_000));
    expect(text.length).toBeGreaterThan(95_000);
    expect(text.length).toBeLessThan(110_000);
    expect(detect(text).length).toBeGreaterThan(0);
  });

  it('a page with no skin words has none anywhere in its readable text', () => {
    const text = pageText(articlePage('no-skin', pools, 100_000));
    expect(text.length).toBeGreaterThan(95_000);
    expect(mentions(text, SKIN_VOCABULARY)).toEqual([]);
  });

  it('a forum thread mixes milia posts with chit-chat', () => {
    const text = pageText(forumPage(pools, 100_000));
    expect(text.length).toBeGreaterThan(95_000);
    expect(mentions(text, MILIA_TERMS).length).toBeGreaterThan(0);
    expect(mentions(text, ['allotment', 'train', 'sourdough']).length).toBeGreaterThan(0);
  });

  it('the many-nodes page has exactly the requested number of small text nodes', () => {
    const doc = new DOMParser().parseFromString(manyNodesPage(pools, 1000), 'text/html');
    const cells = [...doc.querySelectorAll('td')];
    expect(cells).toHaveLength(1000);
    expect(
      cells.every((td) => td.childNodes.length === 1 && (td.textContent ?? '').length < 40),
    ).toBe(true);
  });
});
