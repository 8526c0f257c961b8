import { expect, test } from 'vitest';
import { labelsOf } from './support/labels.ts';

/**
 * A reply that opens with "no" refuses only when it answers whether to do it; a "no" that answers
 * whether it hurt or left a mark is praise of the practice. Made-up threads, one per wording.
 */

test('a "no" that answers whether it hurt or scarred is no warning', () => {
  const hurt =
    'Was lancing your milia painful? Nope, barely felt a thing, and the bumps had gone by Friday.';
  expect(labelsOf(hurt, 'Nope')).not.toContain('diy-extraction:discourages');
  expect(labelsOf(hurt, 'Was lancing')).toContain('diy-extraction:describes');
  const marks =
    'I dug my milia out with a sewing needle in March.\n\nReply: no, no marks at all since, give it a go.';
  expect(labelsOf(marks, 'Reply: no', 'line')).toEqual(['diy-extraction:recommends']);
  const later =
    'Anyone here popped their own milia? Reply: nah, I have never needed to, mine faded.';
  expect(labelsOf(later, 'Reply: nah', 'line')).not.toContain('diy-extraction:discourages');
  expect(labelsOf(later, 'Anyone')).toContain('diy-extraction:describes');
});

test('a "no" that answers whether to do it still refuses', () => {
  const text =
    'Should I pierce the milia under my brows with a safety pin?\n\nReply: no, you can scar badly, ask a dermatologist.';
  expect(labelsOf(text, 'Reply: no', 'line')).toContain('diy-extraction:discourages');
  const wouldnt = 'Is it fine to lance milia at home with a pin? No, I would not, it scars.';
  expect(labelsOf(wouldnt, 'No, I', 'line')).toContain('diy-extraction:discourages');
  // A reason after the comma: it is unsafe, or the bumps go by themselves.
  for (const [text, reply] of [
    ['Can I nick my milia open with a lancet? No, it is risky and can scar.', 'No, it'],
    ['Worth lancing milia myself? Nah, not worth the risk near your eyes.', 'Nah'],
    ['My newborn has milia, may I press them out? No, they fade without help.', 'No, they'],
    ['Should I pick at these milia? Nope \u2013 ask your pharmacist first.', 'Nope'],
  ] as const)
    expect(labelsOf(text, reply, 'line'), text).toContain('diy-extraction:discourages');
});

test('"leave it" after a remedy step keeps the remedy on; as a reply\'s first words it warns', () => {
  const step =
    'Dab manuka honey onto each milium and leave it. Wash off with lukewarm water later.';
  expect(labelsOf(step, 'Dab')).toEqual(['diy-remedy:recommends']);
  const then =
    'Hold a steaming flannel over your milia. Then leave it, a quarter of an hour will do.';
  expect(labelsOf(then, 'Then leave it')).not.toContain('diy-remedy:discourages');
  expect(labelsOf(then, 'Hold')).toContain('diy-remedy:recommends');
  const reply =
    'Q: Should I open this milium on my nose with a pin?\n\nA: Leave it, a dermatologist can do it safely.';
  expect(labelsOf(reply, 'A: Leave it', 'line')).toContain('diy-extraction:discourages');
});

test('"too deep" for the clinician to reach is no warning against DIY', () => {
  const text =
    'The milium by my nose was too deep for my aesthetician to extract, so she booked me a laser.';
  const labels = labelsOf(text, 'The milium', 'line');
  expect(labels).toContain('professional:describes');
  expect(labels.filter((l) => l.startsWith('diy-'))).toEqual([]);
});

test('a refusal in a transcript, a chat or a verdict noun warns about what was asked', () => {
  for (const [text, reply] of [
    [
      'GUEST: Should people lance their milia with a dressmaking pin?\nDR. OSEI: Please, no.',
      'DR. OSEI',
    ],
    ['Caller: can I dig my milia out with a pin tonight?\nHost: God no, book a GP.', 'Host'],
    ['Q: My mum says to pop my milia with a pin, ok?\nA: no please, it scars.', 'A: no'],
    ['Reply: lancing milia with a sewing needle at home is a hard no from me.', 'Reply: lancing'],
    ['Reply: picking at milia with tweezers is a total no-no.', 'Reply: picking'],
  ] as const)
    expect(labelsOf(text, reply, 'line'), text).toContain('diy-extraction:discourages');
});

test('a role label or a "no" that is no refusal stays no warning', () => {
  const hurt =
    'Host: did lancing your milia at home hurt?\nGuest: lol no, barely felt it, would do it again.';
  expect(labelsOf(hurt, 'Guest', 'line')).not.toContain('diy-extraction:discourages');
  const none = 'I lanced my milia with a sterile needle and there was no-nonsense healing after.';
  expect(labelsOf(none, 'I lanced')).not.toContain('diy-extraction:discourages');
});

test('a "please" that urges the act or answers whether it hurt is no refusal', () => {
  for (const [text, reply] of [
    [
      'Interviewer: Did pricking your milia with a lancet at home sting?\nGuest: Nope, please go for it, barely a pinch.',
      'Guest',
    ],
    [
      'Host: Was lancing the milia on your chin at home painful?\nGuest: No, please, it was over in seconds.',
      'Guest',
    ],
    [
      'Q: Is a clinic worth it, or should I lance my milia myself?\nA: No please, I lance mine at home, it takes a minute.',
      'A: No',
    ],
    [
      'Host: Pay a derm to lance my milia, or buy lancets?\nGuest: Please, no, a box of lancets does the job at home.',
      'Guest',
    ],
  ] as const)
    expect(labelsOf(text, reply, 'line'), text).not.toContain('diy-extraction:discourages');
  const refuses =
    'Host: Should I pop my milia with a pin at home?\nGuest: No, please, leave them be.';
  expect(labelsOf(refuses, 'Guest', 'line')).toContain('diy-extraction:discourages');
});

test('"a hard no" or "a no-no" judges its own clause, and asked it judges nothing', () => {
  for (const text of [
    'Reply: a hard no on those £40 peels; I just lance my milia with a sterile lancet myself.',
    'Reply: sitting on my milia for a year is a no-no for me; I lance them.',
    'Squeezing milia is a no-no? Rubbish, I do it every week with a clean needle.',
  ])
    expect(labelsOf(text, text.slice(0, 12), 'line'), text).not.toContain(
      'diy-extraction:discourages',
    );
  const given = 'Reply: a sewing pin on the milia by your lashes: a hard no.';
  expect(labelsOf(given, 'Reply', 'line')).toContain('diy-extraction:discourages');
});
