import { expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';

/**
 * A thread about one baby names the baby once and then advises without naming it again: that
 * advice is about the baby. An article that names babies in general, then adults, is not.
 */
function labelsOf(text: string, sentence: string): string[] {
  const at = text.indexOf(sentence);
  return detect(text)
    .filter((f) => f.start === at && f.kind !== 'milia-term')
    .map((f) => `${f.kind}:${f.stance}`);
}

test("a reply's advice in a thread about one baby is about that baby", () => {
  const text =
    'Our 2 week old has tiny white bumps all over his nose, are they milia? Reply: yes, never squeeze them, they fade by themselves.';
  expect(labelsOf(text, 'Reply: yes')).toEqual([
    'diy-extraction:discourages',
    'infant:discourages',
  ]);
  const tip =
    'My newborn daughter has milia on her chin. Reply: just pop them with a clean pin, it worked for my son.';
  const found = detect(tip).filter((f) => f.kind === 'infant' && f.stance === 'recommends');
  expect(found.map((f) => f.severity)).toEqual(['caution']);
  expect(detect(tip).some((f) => f.kind === 'diy-extraction' && f.severity === 'danger')).toBe(
    true,
  );
});

test('an article that names newborns in general gives later adult advice no baby', () => {
  const text =
    'Milia are common in newborns and usually clear alone. In adults, a sterile lancet is the safest tool: nick the top and press the core out.';
  expect(
    detect(text)
      .filter((f) => f.kind === 'infant')
      .map((f) => f.stance),
  ).toEqual(['describes']);
});

test("a clinician's advice told in the thread stays the clinician's", () => {
  const text =
    'My 3 week old has milk spots on her cheeks. The GP said never to squeeze them and they would go.';
  expect(labelsOf(text, 'The GP said')).not.toContain('infant:discourages');
});
