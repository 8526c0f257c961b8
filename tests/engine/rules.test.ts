import { describe, expect, it } from 'vitest';
import { NOTES } from '../../src/evidence/notes.ts';
import { detect } from '../../src/engine/detect.ts';
import { compileLayer } from '../../src/engine/matcher.ts';
import { lowerText } from '../../src/engine/lower-text.ts';
import { noteIdsOf, RULES } from '../../src/engine/rules/index.ts';
import { KINDS } from '../../src/engine/types.ts';

/** The rule registry's promise: every rule is complete, and its own examples hold. */
describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s is complete', (_id, rule) => {
    expect(KINDS).toContain(rule.kind);
    expect(rule.examples.some((example) => example.expect !== null)).toBe(true);
    for (const noteId of noteIdsOf(rule)) expect(NOTES[noteId], noteId).toBeDefined();
    for (const source of rule.patterns) {
      // The engine matches lower-cased text, so an upper-case letter could never match.
      expect(source.replace(/\\u[0-9a-fA-F]{4}|\\[a-zA-Z]/g, ''), source).not.toMatch(/[A-Z]/);
      // A match starts a word; the compiled layer tests the \b once for all its patterns.
      expect(source.startsWith('\\b'), source).toBe(true);
      // One group per rule in the compiled layer: a rule's own capturing group would break that.
      expect(new RegExp(`${source}|`, 'u').exec('')?.length, source).toBe(1);
    }
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it.each(rule.examples.map((example) => [example.text, example.expect] as const))(
    'on "%s" gives %s',
    (text, expected) => {
      const findings = detect(text);
      if (expected === null) {
        expect(findings.filter((f) => f.rule === id)).toEqual([]);
        return;
      }
      // The rule's words are in the example, and the engine reaches the expected verdict (the
      // finding may be credited to a more specific rule matching the same sentence).
      if (rule.patterns.length > 0)
        expect(compileLayer([rule]).match(lowerText(text))).not.toEqual([]);
      expect(findings.map((f) => `${f.kind}:${f.stance}`)).toContain(expected);
    },
  );
});
