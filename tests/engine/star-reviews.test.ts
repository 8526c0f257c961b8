import { expect, test } from 'vitest';
import { createPageDetector } from '../../src/engine/detect.ts';

/** `kind:stance` of every DIY extraction finding on a page of blocks. */
function diyOf(blocks: string[]): string[] {
  const detector = createPageDetector();
  return blocks
    .flatMap((block) => detector.scan(block))
    .filter((f) => f.kind === 'diy-extraction')
    .map((f) => `${f.kind}:${f.stance}`);
}

/**
 * A review's stars judge the tool the reviewer used on their own milia; five stars for a
 * clinician's, a clinic's or a salon's removal praise its care, and a tool rated for other work on a
 * page that names milia once is no advice. Made-up reviews.
 */
test.each([
  '★★★★★ My GP took the milia out with a fine needle, quick and tidy.',
  '★★★★☆ Dr Okafor lifted out my milia with a sterile lancet, barely felt it.',
  '★★★★★ The salon pricked each milium with a lancet, no marks at all.',
  '★★★★★ Lovely spa day; they removed my milia with a needle as well.',
])('five stars for someone else removing milia warn of nothing: %s', (review) => {
  expect(diyOf(['Milia removal reviews', review])).not.toContain('diy-extraction:recommends');
});

test.each([
  '★★★★★ These tweezers pluck every stray brow hair first time.',
  '★★★★☆ Embroidery needles, mixed sizes, nice and sharp',
  '★★★★★ Professional Darning Needles, 12 pack',
])('five stars for a tool rated for other work warn of nothing: %s', (review) => {
  expect(diyOf(['Related: what causes milia?', review])).not.toContain('diy-extraction:recommends');
});

test.each([
  '★★★★★ I opened each of my milia with the loop tool, they came straight out.',
  '★★★★☆ The fine lancet pops a milium open with hardly any pressure.',
])('five stars for a tool the reviewer used on milia recommend it: %s', (review) => {
  expect(diyOf(['Milia extractor reviews', review])).toContain('diy-extraction:recommends');
});
