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
  ['Milia removal reviews', '★★★★★ My GP took the milia out with a fine needle, quick and tidy.'],
  [
    'Milia removal reviews',
    '★★★★☆ Dr Okafor lifted out my milia with a sterile lancet, barely felt it.',
  ],
  ['Milia removal reviews', '★★★★★ The salon pricked each milium with a lancet, no marks at all.'],
  ['Milia removal reviews', '★★★★★ Lovely spa day; they removed my milia with a needle as well.'],
  ['Related: what causes milia?', '★★★★★ These tweezers pluck every stray brow hair first time.'],
  ['Related: what causes milia?', '★★★★☆ Embroidery needles, mixed sizes, nice and sharp'],
  ['Related: what causes milia?', '★★★★★ Professional Darning Needles, 12 pack'],
])(
  'under "%s", five stars for someone else\'s removal or another job warn of nothing: %s',
  (heading, review) => {
    const detector = createPageDetector();
    const [headingFindings, reviewFindings] = [heading, review].map((block) =>
      detector.scan(block),
    );
    // The page names milia, so the review is read as advice about milia would be…
    expect(headingFindings?.map((f) => f.kind)).toContain('milia-term');
    // …and still nothing in it is raised to a warning.
    expect(
      reviewFindings?.filter((f) => ['caution', 'warning', 'danger'].includes(f.severity)),
    ).toEqual([]);
    expect(diyOf([heading, review])).not.toContain('diy-extraction:recommends');
  },
);

test.each([
  '★★★★★ I opened each of my milia with the loop tool, they came straight out.',
  '★★★★☆ The fine lancet pops a milium open with hardly any pressure.',
])('five stars for a tool the reviewer used on milia recommend it: %s', (review) => {
  expect(diyOf(['Milia extractor reviews', review])).toContain('diy-extraction:recommends');
});
