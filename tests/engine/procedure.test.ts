import { expect, test } from 'vitest';
import { createPageDetector } from '../../src/engine/detect.ts';

/**
 * DIY steps are often written without an introduction: a run of instructions is itself the
 * procedure, so steps that never name a tool or milia ("Wiggle it gently") still get flagged.
 */
const STEPS = [
  'You will need a sewing needle and some rubbing alcohol for your milia.',
  'First, soak the needle in alcohol for a minute.',
  'Slide the tip of the needle sideways just under the surface of the bump.',
  'Wiggle it gently to make a small opening.',
];

test('two DIY instructions in a row make the next steps part of the procedure', () => {
  const detector = createPageDetector();
  const perBlock = STEPS.map((block) =>
    detector.scan(block).filter((f) => f.kind === 'diy-extraction'),
  );
  for (const findings of perBlock) {
    expect(findings.map((f) => `${f.stance}:${f.severity}`)).toEqual(['recommends:warning']);
  }
});

test('one hedged instruction alone does not turn later tips into DIY steps', () => {
  const detector = createPageDetector();
  detector.scan('If you must, use a sterile needle on the milium.');
  detector.scan('Milia usually clear up on their own.');
  const later = detector.scan('Apply sunscreen every day.');
  expect(later).toEqual([]);
});

test('the sentence right after a single DIY instruction is read as its next step', () => {
  const detector = createPageDetector();
  detector.scan('Pierce the top of the milium with a sterile lancet.');
  const next = detector.scan('Apply gentle pressure on both sides with two cotton buds.');
  expect(next.map((f) => `${f.kind}:${f.stance}`)).toEqual(['diy-extraction:recommends']);
  const after = detector.scan('Wipe the spot with rubbing alcohol when you are done.');
  expect(after.map((f) => `${f.kind}:${f.stance}`)).toEqual(['diy-extraction:recommends']);
});

test('a single DIY instruction followed by prose does not make later tips steps', () => {
  const detector = createPageDetector();
  detector.scan('Pierce the top of the milium with a sterile lancet.');
  detector.scan('Many readers have asked us about this method over the years.');
  expect(detector.scan('Apply sunscreen every day.')).toEqual([]);
});

/** What a detector finds of the given kinds in its next block, as `kind:stance`. */
const labelsOf =
  (detector: ReturnType<typeof createPageDetector>, kinds: readonly string[]) => (block: string) =>
    detector
      .scan(block)
      .filter((f) => kinds.includes(f.kind))
      .map((f) => `${f.kind}:${f.stance}`);

test("a listing's directions for its removal tool are steps, and its warning discourages", () => {
  const detector = createPageDetector();
  detector.scan('Milia Remover Pen Kit – for Milia and Skin Tags, 9 Levels');
  const labels = labelsOf(detector, ['diy-extraction']);
  expect(labels('Touch the tip lightly to each bump for two seconds.')).toEqual([
    'diy-extraction:recommends',
  ]);
  expect(labels('Do not use on the eyelids.')).toEqual(['diy-extraction:discourages']);
});

test('inside DIY removal steps, a step that steams is a removal step; a warm compress only soothes', () => {
  const stepAfterIntro = (step: string) => {
    const detector = createPageDetector();
    detector.scan('Follow these steps to get milia out at home:');
    return detector.scan(step).map((f) => `${f.kind}:${f.stance}`);
  };
  expect(
    stepAfterIntro('Fill a bowl with hot water, drape a towel over your head and steam your face.'),
  ).toEqual(['diy-remedy:recommends', 'diy-extraction:recommends']);
  expect(stepAfterIntro('Hold a warm compress on the area for five minutes.')).not.toContain(
    'diy-extraction:recommends',
  );
  // A listicle's next way, a remedy put on the skin, is no step of the removal before it.
  expect(stepAfterIntro('4. Dab on tea tree oil')).toEqual(['diy-remedy:recommends']);
  expect(stepAfterIntro('5. Rub with a pumice stone')).toEqual(['harsh-exfoliation:recommends']);
});

test("a listing's step that keeps the tool off the eye area warns, as its don'ts do", () => {
  const detector = createPageDetector();
  detector.scan('Sterile Milia Lancets, 50 Pack, for Milia and Whiteheads');
  const labels = labelsOf(detector, ['diy-extraction', 'eye-area']);
  expect(labels('Press the tip gently to the edge of each bump.')).toEqual([
    'diy-extraction:recommends',
  ]);
  expect(labels('Keep it away from the eyes and off any broken skin.')).toEqual([
    'diy-extraction:discourages',
    'eye-area:discourages',
  ]);
  // A "keep" that looks after the skin stays a step.
  detector.scan('Sterile Milia Lancets, 50 Pack, for Milia and Whiteheads');
  expect(labels('Keep the skin clean for a day afterwards.')).toEqual([
    'diy-extraction:recommends',
  ]);
});
