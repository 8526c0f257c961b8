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

test('headings are told from sentences', () => {
  expect(headingKind("don'ts")).toBe('forbids');
  expect(headingKind('mistakes to avoid:')).toBe('forbids');
  expect(headingKind('when to see a doctor')).toBe('other');
  expect(headingKind('pick or squeeze milia.')).toBeNull();
});
