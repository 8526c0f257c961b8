import { expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';

/**
 * Pages judge a practice by what it did, by a verdict line or by irony as often as by "don't" or
 * "try": reviews, replies and listicles. Made-up sentences, one per class of wording.
 */
function labelsOf(text: string, sentence: string): string[] {
  const at = text.indexOf(sentence);
  const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  return detect(text)
    .filter((f) => f.start >= at && f.start < end && f.kind !== 'milia-term')
    .map((f) => `${f.kind}:${f.stance}`)
    .sort();
}

test.each([
  [
    'Rubbing castor oil into my milia each night has made a huge difference.',
    'diy-remedy:recommends',
  ],
  ['Aloe vera can shrink milia over a few weeks.', 'diy-remedy:recommends'],
  ['Reply: a damp warm flannel each night softened mine loads.', 'diy-remedy:recommends'],
  [
    'We dabbed rose water on the milia and they were gone within days, so it cannot hurt.',
    'diy-remedy:recommends',
  ],
  ['Reply: the insulin needle ones are perfect for milia.', 'diy-extraction:recommends'],
  [
    'After steaming, the milia are soft enough to ease out with a sterile lancet.',
    'diy-extraction:recommends',
  ],
])('a result that praises the practice recommends it: %s', (sentence, label) => {
  expect(labelsOf(`Milia thread.\n\n${sentence}`, sentence)).toContain(label);
});

test.each([
  [
    'I went at my milia with a pin and the whole patch went red for days.',
    'diy-extraction:discourages',
  ],
  ['Squeezing the milia on my chin left me with a small dark mark.', 'diy-extraction:discourages'],
  [
    'That walnut scrub made my cheeks sting and I got more milia from it.',
    'harsh-exfoliation:discourages',
  ],
  [
    'Picking at milia with your nails is how a tiny bump becomes a scar.',
    'diy-extraction:discourages',
  ],
  ['Steaming my face every night was useless for my milia.', 'diy-remedy:discourages'],
  ['Bicarb paste is too strong for the skin over milia.', 'diy-remedy:discourages'],
  ['Gritty scrubs only scuff the skin and leave milia untouched.', 'harsh-exfoliation:discourages'],
  ['Milia sit under the skin, so a steam facial will not open anything.', 'diy-remedy:discourages'],
  [
    'People pick at milia with tweezers, and I treat the marks they leave.',
    'diy-extraction:discourages',
  ],
])('a result that harms or fails discourages the practice: %s', (sentence, label) => {
  expect(labelsOf(`Milia thread.\n\n${sentence}`, sentence)).toContain(label);
});

test('a reply that would not bother judges the remedy asked about', () => {
  const text =
    "Should I put honey on my baby's milk spots?\n\nReply: they clear up anyway, so I wouldn't bother with it.";
  expect(labelsOf(text, 'Reply:')).toContain('diy-remedy:discourages');
});

test("a review's verdict line judges what the review told", () => {
  const good =
    'I used the apricot scrub on my milia daily and it made a real difference.\n\nVerdict: a must-have.';
  expect(labelsOf(good, 'Verdict:')).toEqual(['harsh-exfoliation:recommends']);
  const bad = 'I used the apricot scrub on my milia and my cheeks went raw.\n\nVerdict: avoid.';
  expect(labelsOf(bad, 'Verdict:')).toEqual(['harsh-exfoliation:discourages']);
});

test('keeping a remedy away from the eyes or off a baby discourages it there', () => {
  const eyes = 'Milia help.\n\nKeep tea tree oil well away from your eyes.';
  expect(labelsOf(eyes, 'Keep')).toEqual(['diy-remedy:discourages', 'eye-area:discourages']);
  const baby = "Newborn milia.\n\nKeep creams and oils off your baby's skin.";
  expect(labelsOf(baby, 'Keep')).toEqual(['diy-remedy:discourages', 'infant:discourages']);
});

test('irony turns advice into a warning', () => {
  const text =
    'Milia, anyone?\n\nSure, poke at them with a sewing needle, what could possibly go wrong.';
  expect(labelsOf(text, 'Sure,')).toEqual(['diy-extraction:discourages']);
  const dare = 'Milia, anyone?\n\nSure, go ahead and dig at your milia with a rusty pin.';
  expect(labelsOf(dare, 'Sure,')).toEqual(['diy-extraction:discourages']);
});

test("a video's 'just go slow' on the eyelids recommends the practice there", () => {
  const text =
    'I lance my milia with a sterile needle every month.\n\nI even do the ones on my eyelids, just go slow.';
  expect(labelsOf(text, 'I even')).toEqual(['diy-extraction:recommends', 'eye-area:recommends']);
});

test('a reply asking others not to copy it warns about the practice', () => {
  const text =
    "Milia clip.\n\nComment: she dug at her milia with a safety pin, please don't copy her.";
  expect(labelsOf(text, 'Comment:')).toEqual(['diy-extraction:discourages']);
});

test("a clinician's own removal is theirs, not advice to the reader", () => {
  const told = 'Milia update: my GP, who lanced them with a sterile needle, was quick.';
  expect(labelsOf(told, 'Milia update')).not.toContain('diy-extraction:describes');
  const own = 'As a dermatologist I lance milia most days with a sterile needle.';
  expect(labelsOf(own, 'As a')).not.toContain('diy-extraction:describes');
  // The reader's hands stay the reader's.
  const reader = 'My GP said I could lance my milia with a sterile needle.';
  expect(labelsOf(reader, 'My GP')).toContain('diy-extraction:describes');
});

test("a DIY recipe's title recommends its remedy and the scrub it makes", () => {
  const text = 'Milia diaries\n\nDIY oat and honey scrub\n\nMix the oats with honey.';
  expect(labelsOf(text, 'DIY oat')).toEqual([
    'diy-remedy:recommends',
    'harsh-exfoliation:recommends',
  ]);
});

test("a ranked list's label names the remedy its verdict judges", () => {
  const text =
    'Milia remedies, ranked\n\nGarlic: skip it, the burns are real.\n\nVinegar: absolutely not.\n\nSteam: nice, but useless for milia.';
  expect(labelsOf(text, 'Garlic:')).toEqual(['diy-remedy:discourages']);
  expect(labelsOf(text, 'Vinegar:')).toEqual(['diy-remedy:discourages']);
  expect(labelsOf(text, 'Steam:')).toEqual(['diy-remedy:discourages']);
});

test("a clinic's own procedure in its own voice is no DIY, a family's story still is", () => {
  const clinic = 'Milia removal here\n\nWe usually nick each milium with a sterile lancet.';
  expect(labelsOf(clinic, 'We usually')).toEqual([]);
  const family = 'Milia story\n\nWe squeezed the milia on her cheek with our fingers.';
  expect(labelsOf(family, 'We squeezed')).toEqual(['diy-extraction:describes']);
});
