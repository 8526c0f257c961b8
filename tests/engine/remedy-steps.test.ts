import { expect, test } from 'vitest';
import { createPageDetector } from '../../src/engine/detect.ts';

/**
 * A home remedy's recipe runs over several blocks that never repeat the remedy or milia: once a
 * title introduces it or a sentence recommends it, its instructions are steps of the remedy.
 */
const labels = (detector: ReturnType<typeof createPageDetector>, block: string) =>
  detector
    .scan(block)
    .filter((f) => f.kind !== 'milia-term')
    .map((f) => `${f.kind}:${f.stance}`);

test("a title introducing a remedy's recipe makes its instructions steps of it", () => {
  const detector = createPageDetector();
  expect(labels(detector, 'Soothing oatmeal mask for milia-prone skin')).toEqual([
    'diy-remedy:recommends',
  ]);
  expect(labels(detector, 'Blend two tablespoons of oats with a little honey.')).toEqual([
    'diy-remedy:recommends',
  ]);
  expect(labels(detector, 'Rinse with lukewarm water after fifteen minutes.')).toEqual([
    'diy-remedy:recommends',
  ]);
});

test('a title naming remedies as a topic, or doubting one, introduces no recipe', () => {
  for (const title of ['Natural remedies for milia', 'Lemon juice for milia: myth or fact']) {
    const detector = createPageDetector();
    detector.scan(title);
    expect(labels(detector, 'Rinse with lukewarm water after fifteen minutes.')).toEqual([]);
  }
});

test('a warning ends the recipe, and other care is no step of it', () => {
  const detector = createPageDetector();
  detector.scan('Dab lemon juice on the milia every night.');
  expect(labels(detector, 'Use a gentle cream afterwards.')).toEqual([]);
  detector.scan('Dab lemon juice on the milia every night.');
  detector.scan("Actually, don't: lemon juice can burn the skin.");
  expect(labels(detector, 'Rinse with cool water.')).toEqual([]);
});

test('the recipe fades after a few sentences without a step', () => {
  const detector = createPageDetector();
  detector.scan('Dab lemon juice on the milia every night.');
  detector.scan('Many readers have asked us about this over the years.');
  expect(labels(detector, 'Rinse your car with cool water.')).toEqual([]);
});

test('a guide to removing milia naturally introduces remedies, not DIY extraction', () => {
  const detector = createPageDetector();
  expect(labels(detector, 'How to get rid of milia naturally at home')).toEqual([
    'diy-remedy:recommends',
  ]);
  expect(labels(detector, 'Mix a spoon of gram flour with rose water into a paste.')).toEqual([
    'diy-remedy:recommends',
  ]);
  // The fingers that rub a remedy in extract nothing.
  expect(labels(detector, 'Rub it over the bumps with your fingers and rinse.')).toEqual([
    'diy-remedy:recommends',
  ]);
  // Fingers that take something out still extract.
  expect(labels(detector, 'Then ease the softened cores out with clean fingers.')).toContain(
    'diy-extraction:recommends',
  );
});

test("a recipe's kitchen verbs and a steam's title open steps too", () => {
  const detector = createPageDetector();
  detector.scan('Turmeric and yoghurt mask for milia');
  expect(labels(detector, 'Stir a pinch of turmeric into two spoonfuls of yoghurt.')).toEqual([
    'diy-remedy:recommends',
  ]);
  expect(labels(detector, 'Dot the paste onto each bump and sleep on it.')).toEqual([
    'diy-remedy:recommends',
  ]);
  const steam = createPageDetector();
  steam.scan('Chamomile steam for milia-prone skin');
  expect(labels(steam, 'Fill a basin with hot water and lean over it for five minutes.')).toEqual([
    'diy-remedy:recommends',
  ]);
  // A steam doubted opens nothing, and a kitchen verb alone is no step.
  const doubted = createPageDetector();
  doubted.scan('Steam for milia: does it work?');
  expect(labels(doubted, 'Fill the kettle and stir in the sugar.')).toEqual([]);
  // On a page about milia, with no recipe before it.
  const kitchen = createPageDetector();
  expect(kitchen.scan('Milia are tiny cysts of keratin.')).not.toEqual([]);
  expect(labels(kitchen, 'Stir the sauce until it thickens.')).toEqual([]);
  // The same verb after a recipe's title is one of its steps.
  expect(labels(kitchen, 'Soothing honey mask for milia-prone skin')).toEqual([
    'diy-remedy:recommends',
  ]);
  expect(labels(kitchen, 'Stir the honey until it is runny.')).toEqual(['diy-remedy:recommends']);
});

test("a shop's home-abrasion kit opens no remedy's recipe", () => {
  const detector = createPageDetector();
  expect(labels(detector, 'Home Microdermabrasion Wand Kit for Milia and Pores')).toEqual([
    'harsh-exfoliation:recommends',
  ]);
  expect(labels(detector, 'Use for two minutes on each area.')).toEqual([]);
});
