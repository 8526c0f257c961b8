import { describe, expect, it, test } from 'vitest';
import { splitSentences } from '../../src/engine/sentences.ts';
import { labelsOf } from './support/labels.ts';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at "no." when no number follows', () => {
    expect(texts('The short answer is no. That said, use a sterile lancet.')).toEqual([
      'The short answer is no.',
      'That said, use a sterile lancet.',
    ]);
  });

  it('keeps "No. 11 blade" and "e.g." inside their sentence', () => {
    expect(texts('They open it with a No. 11 blade. Tools, e.g. lancets, are sterile.')).toEqual([
      'They open it with a No. 11 blade.',
      'Tools, e.g. lancets, are sterile.',
    ]);
  });

  it("keeps a title's subtitle after its colon, not a sentence after a label", () => {
    expect(texts('Getting Rid of Milia at Home: A Step-by-Step Guide')).toHaveLength(1);
    expect(texts('Keep these points in mind: Rinse the needle in alcohol first.')).toEqual([
      'Keep these points in mind:',
      'Rinse the needle in alcohol first.',
    ]);
  });

  it("keeps a price list's dot leader inside its line", () => {
    expect(texts('Facial (60 min) ........ £45 Ear piercing .... 20 Done... Then more.')).toEqual([
      'Facial (60 min) ........ £45',
      'Ear piercing .... 20 Done...',
      'Then more.',
    ]);
  });

  it('splits a line that runs on the same across a long run of spaces', () => {
    const trimmed = (text: string) => texts(text).map((s) => s.trim());
    for (const gap of [' ', ' '.repeat(50_000)]) {
      expect(trimmed(`Honey mask for milia${gap}Stir a spoon of honey into the oats.`)).toEqual([
        'Honey mask for milia',
        'Stir a spoon of honey into the oats.',
      ]);
      expect(trimmed(`my milia went away${gap}on their own.`)).toEqual([
        `my milia went away${gap}on their own.`.trim(),
      ]);
    }
  });

  it('reads a numbered line as a list item without its number', () => {
    const [first, second] = splitSentences('Steps:\n1. Wash your face.\n2) Dry it.');
    expect(second?.listItem).toBe(true);
    expect(first?.listItem).toBe(false);
  });

  it('ends a line that runs into the next sentence without a stop', () => {
    expect(texts('Honey and oat mask for milia Stir the oats into a spoon of warm honey.')).toEqual(
      ['Honey and oat mask for milia', 'Stir the oats into a spoon of warm honey.'],
    );
    const items = splitSentences('Supplies for it \u2022 a fine lancet \u2022 cotton pads');
    expect(items.map((s) => s.listItem)).toEqual([false, true, true]);
    expect(texts('does steam open milia Reply: no, it only reddens the skin')).toEqual([
      'does steam open milia',
      'Reply: no, it only reddens the skin',
    ]);
    // A numbered label ends the line before it as a bare one does.
    expect(texts('five milia myths busted Myth 2: a scrub will sand them off')).toEqual([
      'five milia myths busted',
      'Myth 2: a scrub will sand them off',
    ]);
  });

  it('ends a Title Case heading where a sentence in sentence case begins', () => {
    expect(
      texts('Fine-Point Blemish Lancets – Pack of 50 The sharp tip opens a milium cleanly.'),
    ).toEqual(['Fine-Point Blemish Lancets – Pack of 50', 'The sharp tip opens a milium cleanly.']);
    expect(texts('Clear Skin Studio Our nurses remove milia in one visit.')).toEqual([
      'Clear Skin Studio',
      'Our nurses remove milia in one visit.',
    ]);
  });

  it('ends a line before a sentence that opens with a name or a day', () => {
    expect(texts('Honey mask for milia Every Friday I smooth it over my cheeks.')).toEqual([
      'Honey mask for milia',
      'Every Friday I smooth it over my cheeks.',
    ]);
  });

  it("ends a price list's line at its price", () => {
    expect(texts('Cryotherapy per area ...... £60 Laser resurfacing ...... from £200')).toEqual([
      'Cryotherapy per area ...... £60',
      'Laser resurfacing ...... from £200',
    ]);
  });

  it('keeps a title case line, a name and a brand inside their sentence', () => {
    for (const line of [
      '6 Easy Ways to Treat Milia Before Your Wedding',
      'Milia Mistakes You Make Every Morning',
      'How to Remove Milia The Gentle Way',
      'Charcoal Face Scrub – fine grains',
      'Milia removal clinic Leeds and Bradford',
      'every evening I dab on The Ordinary toner',
      'Customer A: I would not try it.',
    ])
      expect(texts(line)).toEqual([line]);
  });
});

test('a name or a sentence typed without stops is not cut at "Your", "This", "First" or "Then"', () => {
  const named = 'A dermatology clinic called Your Glow Studio takes milia out with a fine needle.';
  expect(labelsOf(named, 'A dermatology', 'line')).toContain('professional:describes');
  const steps = 'Hold a warm flannel on the milia for ten minutes Then press them out gently.';
  expect(labelsOf(steps, 'Hold', 'line')).toEqual([
    'diy-extraction:recommends',
    'diy-remedy:recommends',
  ]);
  const heading =
    'Removing milia at home (my routine) First, wash your hands well and steam your face.';
  expect(labelsOf(heading, 'First,', 'line')).toContain('diy-remedy:recommends');
});
