import { expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';

/**
 * A clinician telling their own work uses the same needles and lancets as DIY advice: on a
 * clinic's page the writer's "I", in a story the "she" just after the clinician, is the one
 * holding them, so the sentence describes professional care.
 */
function labelsOf(text: string, sentence: string): string[] {
  const at = text.indexOf(sentence);
  return detect(text)
    .filter((f) => f.start === at && f.kind !== 'milia-term')
    .map((f) => `${f.kind}:${f.stance}`);
}

test("on a clinician's own page, the writer's needle is the clinician's", () => {
  const text =
    'Milia removal with a qualified facialist\n\nWith a sterile lancet, I nick the surface and ease the keratin out.';
  expect(labelsOf(text, 'With a sterile lancet')).toEqual(['professional:describes']);
});

test('in a story, the clinician just named is the one holding the needle', () => {
  const text =
    'My dermatologist offered to take the milium off on the spot.\n\nShe used a tiny sterile needle.';
  expect(labelsOf(text, 'She used')).toEqual(['professional:describes']);
});

test("a reader's own hands keep their DIY reading", () => {
  const story =
    'My dermatologist said to leave the milia alone.\n\nI used a sterile needle on my own milia anyway.';
  expect(labelsOf(story, 'I used')).toEqual(['diy-extraction:describes']);
  const page =
    'As a licensed aesthetician I see milia every week.\n\nIf you must, use a sterile lancet on your milia.';
  expect(labelsOf(page, 'If you must')).toEqual(['diy-extraction:recommends']);
});
