import { expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import { labelsOf } from './support/labels.ts';

/**
 * Pages judge a practice by what it did, by a verdict line or by irony as often as by "don't" or
 * "try": reviews, replies and listicles. Made-up sentences, one per class of wording.
 */

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
  expect(labelsOf(`Milia thread.\n\n${sentence}`, sentence, 'line')).toContain(label);
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
  // Harm told as where the story ended or what it left the skin like.
  ['My aunt lanced a milium near her lashes and ended up in A&E.', 'diy-extraction:discourages'],
  [
    'My sister dug out a milium with a pin and got a swollen cheek for a week.',
    'diy-extraction:discourages',
  ],
  [
    'I took a hot needle to a milium and burnt a small hole beside my nostril.',
    'diy-extraction:discourages',
  ],
  [
    'A month of face scrubs for my milia and my forehead is raw and peeling.',
    'harsh-exfoliation:discourages',
  ],
  [
    'The grainy exfoliator I bought for milia only made my skin drier.',
    'harsh-exfoliation:discourages',
  ],
])('a result that harms or fails discourages the practice: %s', (sentence, label) => {
  expect(labelsOf(`Milia thread.\n\n${sentence}`, sentence, 'line')).toContain(label);
});

/**
 * Whole passages: the sentence that starts with `at` is read after the ones before it. `labels`
 * are the sentence's kinds and stances, milia terms left out.
 */
const PASSAGES: readonly [name: string, text: string, at: string, labels: string[]][] = [
  [
    'a reply that would not bother judges the remedy asked about',
    "Should I put honey on my baby's milk spots?\n\nReply: they clear up anyway, so I wouldn't bother with it.",
    'Reply:',
    // The reply is about the baby asked about (baby-carry.ts).
    ['diy-remedy:discourages', 'infant:discourages'],
  ],
  [
    "a review's verdict line praises what the review told",
    'I used the apricot scrub on my milia daily and it made a real difference.\n\nVerdict: a must-have.',
    'Verdict:',
    ['harsh-exfoliation:recommends'],
  ],
  [
    "a review's verdict line warns about what the review told",
    'I used the apricot scrub on my milia and my cheeks went raw.\n\nVerdict: avoid.',
    'Verdict:',
    ['harsh-exfoliation:discourages'],
  ],
  [
    'keeping a remedy away from the eyes discourages it there',
    'Milia help.\n\nKeep tea tree oil well away from your eyes.',
    'Keep',
    ['diy-remedy:discourages', 'eye-area:discourages'],
  ],
  [
    'keeping a remedy off a baby discourages it there',
    "Newborn milia.\n\nKeep creams and oils off your baby's skin.",
    'Keep',
    ['diy-remedy:discourages', 'infant:discourages'],
  ],
  [
    'irony turns advice into a warning',
    'Milia, anyone?\n\nSure, poke at them with a sewing needle, what could possibly go wrong.',
    'Sure,',
    ['diy-extraction:discourages'],
  ],
  [
    'a dare is irony too',
    'Milia, anyone?\n\nSure, go ahead and dig at your milia with a rusty pin.',
    'Sure,',
    ['diy-extraction:discourages'],
  ],
  [
    "a video's 'just go slow' on the eyelids recommends the practice there",
    'I lance my milia with a sterile needle every month.\n\nI even do the ones on my eyelids, just go slow.',
    'I even',
    ['diy-extraction:recommends', 'eye-area:recommends'],
  ],
  [
    'a reply asking others not to copy it warns about the practice',
    "Milia clip.\n\nComment: she dug at her milia with a safety pin, please don't copy her.",
    'Comment:',
    ['diy-extraction:discourages'],
  ],
  [
    'a clinician who did the removal holds the needle, not the reader',
    'Milia update: my GP, who lanced them with a sterile needle, was quick.',
    'Milia update',
    ['professional:describes'],
  ],
  [
    'a clinician speaking for themselves holds the needle',
    'As a dermatologist I lance milia most days with a sterile needle.',
    'As a',
    ['professional:describes'],
  ],
  [
    "the reader's hands stay the reader's when a clinician is only quoted",
    'My GP said I could lance my milia with a sterile needle.',
    'My GP',
    ['diy-extraction:describes', 'professional:describes'],
  ],
  [
    "a DIY recipe's title recommends its remedy and the scrub it makes",
    'Milia diaries\n\nDIY oat and honey scrub\n\nMix the oats with honey.',
    'DIY oat',
    ['diy-remedy:recommends', 'harsh-exfoliation:recommends'],
  ],
  [
    "a ranked list's label names the remedy its verdict skips",
    'Milia remedies, ranked\n\nGarlic: skip it, the burns are real.',
    'Garlic:',
    ['diy-remedy:discourages'],
  ],
  [
    "a ranked list's bare verdict judges its label",
    'Milia remedies, ranked\n\nVinegar: absolutely not.',
    'Vinegar:',
    ['diy-remedy:discourages'],
  ],
  [
    "a ranked list's label is no instruction",
    'Milia remedies, ranked\n\nSteam: nice, but useless for milia.',
    'Steam:',
    ['diy-remedy:discourages'],
  ],
  [
    "a clinic's own procedure in its own voice is no DIY",
    'Milia removal here\n\nWe usually nick each milium with a sterile lancet.',
    'We usually',
    [],
  ],
  [
    "a family's story in the past tense still is",
    'Milia story\n\nWe squeezed the milia on her cheek with our fingers.',
    'We squeezed',
    ['diy-extraction:describes'],
  ],
  [
    "a harm told in one clause is not cancelled by a 'no' in another",
    'Q: Will vinegar shift my milia?\n\nA: Keep vinegar off your face.\n\nIt burns, it can leave a rash, and milia hold no fluid to dry out.',
    'It burns',
    ['diy-remedy:discourages'],
  ],
  [
    "a reply's 'the ones' points back to the practice asked about",
    'Where do I buy the needles people use on milia?\n\nReply: whatever you do, never do the ones under your eyes.',
    'Reply:',
    ['diy-extraction:discourages', 'eye-area:discourages'],
  ],
];

test.each(PASSAGES)('%s', (_name, text, at, labels) => {
  expect(labelsOf(text, at, 'line')).toEqual(labels);
});

test('a comparison turns away only from the DIY right after its "than", and never in praise', () => {
  const turned =
    'Booking a clinic visit felt far smarter than the weeks I spent squeezing my milia with my nails.';
  expect(labelsOf(turned, 'Booking', 'line')).toContain('diy-extraction:discourages');
  for (const praise of [
    'Honestly nothing beats lancing milia straight after a bath, nothing is quicker than that.',
    'No tool is better than a fine sterile needle on a milium, in my experience.',
    'A comedone extractor is far kinder on milia than digging them out with your fingernails.',
    'Steaming costs less than a peel, and afterwards I squeezed my milia out easily.',
  ]) {
    const labels = labelsOf(praise, praise.slice(0, 8), 'line');
    expect(labels.some((l) => l.startsWith('diy-'))).toBe(true);
    expect(labels).not.toContain('diy-extraction:discourages');
  }
});

test('"worth it" after a clinician\'s own tool praises the care; after DIY by the writer it does not', () => {
  const own = 'My skin doctor lifted out my milia with a fine needle in minutes, so worth it.';
  expect(labelsOf(own, 'My skin doctor')).toContain('professional:recommends');
  const mine =
    'A dermatologist took two of my milia and then I did the others myself with a needle, worth it.';
  expect(labelsOf(mine, 'A dermatologist')).toContain('professional:describes');
  expect(labelsOf(mine, 'A dermatologist')).not.toContain('professional:recommends');
});

test("harm from a clinician's procedure is no warning against doing it yourself", () => {
  for (const sentence of [
    'My GP lanced the milium on my lid and I got a puffy eyelid till the next morning.',
    'My dermatologist nicked out four milia and I ended up in hospital with a reaction to the numbing cream.',
  ])
    expect(labelsOf(`Milia thread.\n\n${sentence}`, sentence, 'line')).not.toContain(
      'diy-extraction:discourages',
    );
  const own = 'I lanced the milium on my lid myself and got a puffy eyelid for days.';
  expect(labelsOf(`Milia thread.\n\n${own}`, own, 'line')).toContain('diy-extraction:discourages');
});

test('harm denied or only foretold is no harm', () => {
  for (const sentence of [
    'I opened my milia with a sterile lancet and never ended up with a single scar.',
    'My mum warned me I would end up in casualty, yet lancing my milia at home was painless.',
  ])
    expect(labelsOf(`Milia thread.\n\n${sentence}`, sentence, 'line')).not.toContain(
      'diy-extraction:discourages',
    );
});

test("a salon's own booking line sells its service and refers no one away from DIY", () => {
  const salon = "Book in for our express facial and we'll gently squeeze the milia out for you.";
  expect(labelsOf(`Milia thread.\n\n${salon}`, salon, 'line')).not.toContain(
    'diy-extraction:discourages',
  );
  const kit = 'Make an appointment for our lancet-at-home workshop and remove milia yourself.';
  expect(labelsOf(`Milia thread.\n\n${kit}`, kit, 'line')).toContain('diy-extraction:recommends');
  const away = 'Book an appointment with your GP instead of squeezing milia at home.';
  expect(labelsOf(`Milia thread.\n\n${away}`, away, 'line')).toContain(
    'diy-extraction:discourages',
  );
});

test('a heated spoon shows the home-remedy note (it can burn), a warm cloth the compress note', () => {
  const noteOf = (text: string) =>
    detect(`Milia thread.\n\n${text}`).find((f) => f.kind === 'diy-remedy')?.noteId;
  expect(noteOf('Press a heated teaspoon onto the milia by your eye.')).toBe(
    'diy-remedy.recommends',
  );
  expect(noteOf('Hold a warm damp flannel on the milia for a few minutes.')).toBe('warm-compress');
});
