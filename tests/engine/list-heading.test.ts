import { describe, expect, test } from 'vitest';
import { createPageDetector } from '../../src/engine/detect.ts';
import { headingKind } from '../../src/engine/list-heading.ts';

/**
 * Health pages list what not to do under a bare heading, with items written as plain
 * instructions. The page detector reads the heading and the blocks after it, as the content
 * script does, so these items must agree with the evidence, not warn against the page.
 */
function read(blocks: readonly string[]): string[][] {
  const detector = createPageDetector();
  return blocks.map((block) =>
    detector
      .scan(block)
      .filter((f) => f.kind !== 'milia-term')
      .map((f) => `${f.kind}:${f.stance}`),
  );
}

describe('a list under a "Don\'ts" heading', () => {
  test('its items are things not to do, and the next heading ends it', () => {
    const [, , pick, needle, , squeeze] = read([
      'Milia: what to do and what not to do',
      "Don'ts",
      'Pick or squeeze milia.',
      'Use a needle or pin at home.',
      'Do',
      'Squeeze the milia out with a sterile needle.',
    ]);
    expect(pick).toEqual(['diy-extraction:discourages']);
    expect(needle).toEqual(['diy-extraction:discourages']);
    expect(squeeze).toEqual(['diy-extraction:recommends']);
  });

  test('"Things to avoid:" works the same in one block of text', () => {
    const [findings] = read([
      'Milia care.\n\nThings to avoid:\n- Popping them with your fingernails\n- Steaming your face to open them',
    ]);
    expect(findings).toEqual(['diy-extraction:discourages', 'diy-remedy:discourages']);
  });
});

describe('a listicle titled with "mistakes"', () => {
  test('its numbered items are things not to do, even past an item with no DIY in it', () => {
    const [, , squeeze, , scrub] = read([
      'The Worst Milia Mistakes',
      '1. Ignoring them for years',
      '2. Squeezing them with your fingers',
      '3. Sleeping in heavy night creams',
      '4. Attacking the area with a gritty scrub',
    ]);
    expect(squeeze).toEqual(['diy-extraction:discourages']);
    expect(scrub).toEqual(['harsh-exfoliation:discourages']);
  });

  test('a title that names milia keeps its mention of milia', () => {
    const detector = createPageDetector();
    const title = detector.scan('7 Milia Mistakes You Might Be Making');
    expect(title.map((f) => f.kind)).toEqual(['milia-term']);
  });
});

describe('a list under a "Tools you\'ll need" heading', () => {
  test('on a page about removing milia, its extraction tools are ones to get', () => {
    const headingAndItems = read([
      "Tools you'll need to get milia out:",
      '- a fine sterile needle',
      '- a blackhead extractor',
    ]);
    expect(headingAndItems).toEqual(Array(3).fill(['diy-extraction:recommends']));
  });

  test('the heading and its first item may share a line', () => {
    const [findings] = read(['What you will need to remove milia: a sterile lancet']);
    expect(findings).toEqual(['diy-extraction:recommends', 'diy-extraction:recommends']);
  });

  test('supplies that name no extraction tool are items of the kit too', () => {
    const items = read([
      'Things you need for removing milia:',
      '- a box of lancets',
      '- alcohol wipes',
      '- cotton buds and a magnifying mirror',
    ]).slice(1);
    expect(items).toEqual(items.map(() => ['diy-extraction:recommends']));
    expect(items).toHaveLength(3);
  });

  test("a pin's kit checklist, ticks on one line, lists the kit to get", () => {
    const [items] = read([
      'My milia removal essentials \u{1F4CC} pin it \u2714 30G lancets \u2714 alcohol pads \u2714 a loop tool',
    ]);
    // The heading names the removal it equips, and each item is a thing to get.
    expect(items).toEqual(Array(4).fill('diy-extraction:recommends'));
    // A sewing kit's ticks on a page that once named milia list nothing to get for them.
    const [, sewing] = read([
      'Milia are tiny white cysts that usually clear up on their own.',
      'Sewing kit essentials \u2714 pins \u2714 a darning needle \u2714 thread',
    ]);
    expect(sewing).not.toContain('diy-extraction:recommends');
  });

  test('a checklist lists supplies only when it says it is a kit or tools', () => {
    const [, , disposal] = read([
      'Milia after-care checklist',
      '\u2022 Dab the spot with a little antiseptic',
      '\u2022 The used lancet goes straight into a sharps box',
    ]);
    expect(disposal).not.toContain('diy-extraction:recommends');
    const [, , needle] = read([
      'My milia to-do checklist',
      '\u2022 Book the GP',
      '\u2022 Bin the old needle safely',
    ]);
    expect(needle).not.toContain('diy-extraction:recommends');
    const [, lancets] = read(['Milia tool checklist', '\u2022 A pack of sterile lancets']);
    expect(lancets).toContain('diy-extraction:recommends');
  });

  test('a bare heading on a page that merely mentions milia lists no advice', () => {
    const [, heading, needle] = read([
      'Milia are tiny white cysts that usually clear up on their own.',
      "Tools you'll need:",
      'A needle and some embroidery floss',
    ]);
    expect(heading).toEqual([]);
    expect(needle).not.toContain('diy-extraction:recommends');
  });

  test('bathroom things on a page that merely mentions milia are no advice', () => {
    const found = read([
      'Milia are tiny white cysts that usually clear up on their own.',
      'Take your make-up off with cotton pads and micellar water.',
      'Keep alcohol wipes in the first-aid kit for grazes.',
    ]);
    expect(found.slice(1)).toEqual([[], []]);
  });
});

test('headings are told from sentences', () => {
  expect(headingKind("don'ts")).toBe('forbids');
  expect(headingKind('mistakes to avoid:')).toBe('forbids');
  expect(headingKind('when to see a doctor')).toBe('other');
  expect(headingKind('pick or squeeze milia.')).toBeNull();
  expect(headingKind("5 milia mistakes you're probably making")).toBe('forbids');
  expect(headingKind('skincare mistakes that make milia worse')).toBe('forbids');
  expect(headingKind('how to learn from your mistakes')).toBe('other');
  expect(headingKind('i made a lot of mistakes with my milia.')).toBeNull();
  expect(headingKind("tools you'll need:")).toBe('supplies');
  expect(headingKind('what you need')).toBe('supplies');
  expect(headingKind('supplies for removing milia at home:')).toBe('supplies');
  expect(headingKind('what you need to know about milia')).toBe('other');
  expect(headingKind('what you need to do next')).toBe('other');
  expect(headingKind("things you'll need:")).toBe('supplies');
  expect(headingKind('everything you need to know about milia')).toBe('other');
  expect(headingKind("what's in my milia removal toolkit")).toBe('supplies');
  expect(headingKind("what's in my gym bag")).toBe('other');
  expect(headingKind('milia tool kit essentials')).toBe('supplies');
  expect(headingKind('diy extraction must-haves:')).toBe('supplies');
  expect(headingKind('essentials of caring for newborn skin')).toBe('other');
});
