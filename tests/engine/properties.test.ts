import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPageDetector, detect } from '../../src/engine/detect.ts';
import { RULES } from '../../src/engine/rules/index.ts';
import { SEVERITIES } from '../../src/engine/types.ts';

/**
 * Properties every input must keep, on generated text: the engine never throws, its offsets point
 * at the text it reports, and it is deterministic. Sentences are built from the engine's own
 * vocabulary (rule examples) mixed with noise, so the interesting paths are exercised too.
 */
const vocabulary = RULES.flatMap((rule) => rule.examples.map((example) => example.text));
const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '\n',
    '\n\n',
    '  ',
    '\u00AD',
    '\u200F',
    '\u0000',
    '’',
    '…',
    '1) ',
    '- ',
    ': ',
    '?',
  ),
);
const passage = fc
  .array(fc.oneof(fc.constantFrom(...vocabulary), noise), { maxLength: 12 })
  .map((parts) => parts.join(' '));

function checkFindings(text: string): void {
  const findings = detect(text);
  let previous = -1;
  for (const f of findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(previous);
    expect(SEVERITIES).toContain(f.severity);
    previous = f.start;
  }
}

// Thousands of generated passages take seconds, more on a busy machine: the timeout only guards
// against a hang, it is not a speed target (the benchmark measures speed).
describe('engine properties', { timeout: 120_000 }, () => {
  it('keeps offsets, text and order right on generated passages', () => {
    fc.assert(fc.property(passage, checkFindings), { numRuns: 6000 });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(passage, (text) => {
        expect(detect(text)).toEqual(detect(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkFindings(`milia ${text}`);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['100k repeated letters', 'a'.repeat(100_000)],
    ['100k repeated spaces around milia', `milia${' '.repeat(100_000)}needle`],
    ['a 50k-letter word', `milia ${'x'.repeat(50_000)} pop`],
    ['emoji and RTL text', `${'🧴 ميليا milia ‏צריך מחט '.repeat(2_000)}`],
    ['null bytes', `milia\u0000needle\u0000`.repeat(5_000)],
    ['many short sentences', 'Pop the milia. '.repeat(10_000)],
    ['repeated near-misses', 'squeeze out the excess milia, pick up '.repeat(5_000)],
  ])('handles %s', (_name, text) => {
    checkFindings(text);
  });
});

describe('page detector', () => {
  it('reads a step list without the word in every item as DIY steps, once the page named milia', () => {
    const detector = createPageDetector();
    const blocks = [
      'Here are the steps to remove milia at home:',
      'Prick the top with a sterile needle.',
      'Apply antiseptic ointment afterwards.',
    ];
    const kinds = blocks.map((block) => detector.scan(block).map((f) => `${f.kind}:${f.stance}`));
    expect(kinds[1]).toContain('diy-extraction:recommends');
    expect(kinds[2]).toContain('diy-extraction:recommends');
    expect(detect(blocks[2] ?? '')).toEqual([]);
  });
});
