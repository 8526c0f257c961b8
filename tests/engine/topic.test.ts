import { expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import { labelsOf } from './support/labels.ts';

/**
 * A sentence that names no practice may still judge the one told just before it, by "it",
 * "them" or "again": forum replies and stories rarely repeat the tool. These are the limits of
 * that reading.
 */

test("a story's verdict on the practice it told recommends that practice", () => {
  const text =
    'I lanced the milia on my forehead with a lancet and squeezed them out.\n\nWould 100% do it again.';
  expect(labelsOf(text, 'Would 100% do it again.')).toEqual(['diy-extraction:recommends']);
});

test("a reply's warning by implication discourages the practice asked about", () => {
  const text =
    'Is it dumb to go at the milia on my eyelid with a safety pin?\n\nReply: yes, one slip and you lose an eye, get a doctor to do it';
  expect(labelsOf(text, 'Reply: yes')).toContain('diy-extraction:discourages');
});

test('after a warning, an instruction is not read as advice to do the warned-of practice', () => {
  const text = "Don't pick at your milia with a pin.\n\nJust try to ignore them for a month first.";
  expect(labelsOf(text, 'Just try')).toEqual([]);
});

test('a sentence about another treatment judges that treatment, not the practice before it', () => {
  const text = 'I popped the milia on my chin with a pin.\n\nA retinol serum helps them fade.';
  expect(labelsOf(text, 'A retinol')).toEqual([]);
});

test('the practice stops being the topic two sentences later', () => {
  const text =
    'I squeezed the milia on my chin with a pin. It was a long week. My sister came over.\n\nWould do it again.';
  expect(labelsOf(text, 'Would do it again.')).toEqual([]);
});

test('a sentence that says it failed, or that they are not dangerous, neither recommends nor warns', () => {
  const text =
    "I steamed my milia over a bowl of hot water every night.\n\nKeep at it all you like: it never works. They aren't dangerous anyway.";
  expect(labelsOf(text, 'Keep at it')).not.toContain('diy-remedy:recommends');
  expect(labelsOf(text, 'They aren')).toEqual([]);
});

test('a tip about cleaning the tools just told judges those tools', () => {
  const text =
    'I use the lancet end of my kit for the milia on my cheeks. Tip: wipe them with rubbing alcohol first.';
  expect(labelsOf(text, 'Tip:')).toEqual(['diy-extraction:recommends']);
});

test("an answer's refusal discourages the DIY the question asked about", () => {
  const text = 'Can I get rid of milia at home by myself?\n\nWe strongly advise against it.';
  expect(labelsOf(text, 'We strongly')).toEqual(['diy-extraction:discourages']);
});

test("an answer's short refusal discourages the DIY asked about, without naming it", () => {
  const text =
    "Q: Is it safe to squeeze out milia with a lancet?\n\nA: I wouldn't, my GP said never on the face.";
  expect(labelsOf(text, 'A: I')).toContain('diy-extraction:discourages');
});

test('a claim that the practice just told fails discourages it; a story of failing does not', () => {
  const claim =
    'Some people dab apple cider vinegar on their milia.\n\nThere is no evidence it breaks down the keratin.';
  expect(labelsOf(claim, 'There is')).toEqual(['diy-remedy:discourages']);
  const story = "I dabbed apple cider vinegar on my milia.\n\nThey didn't budge at all.";
  expect(labelsOf(story, 'They')).toEqual([]);
});

// A clinician telling their own work uses the same needles as DIY advice: on a clinic's page the
// writer's "I", in a story the "she" just after the clinician, holds them.
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

test("a reply's refusal further down a thread discourages the practice asked about", () => {
  const text =
    "Has anyone pricked their milia with a sewing needle? Top reply: I do mine with a sterile needle and ease them out. Reply: me too, works fine. Reply: please don't, mine left a little pit on my chin that never filled in.";
  expect(labelsOf(text, "Reply: please don't")).toEqual(['diy-extraction:discourages']);
  const answer =
    'Q: Could I open a milium with the tip of my eyebrow tweezers? A: Nope – they are far from sterile and you will bruise the skin.';
  expect(labelsOf(answer, 'A: Nope')).toEqual(['diy-extraction:discourages']);
  const buyer =
    'Question: Is this extractor any good for milia? Answer (seller): Yes, open each bump with the lancet end and press the loop around it. Answer (customer): I would not, the loop only squashed mine flat.';
  expect(labelsOf(buyer, 'Answer (customer)')).toEqual(['diy-extraction:discourages']);
});

test('a reply further down that does not point back advises nothing', () => {
  const text =
    'I picked at a milium on my eyelid with a pin and it swelled up. Should I get it looked at? Reply: yes, go straight away.';
  expect(labelsOf(text, 'Reply: yes')).toEqual([]);
  // A bare "nope" answers the question asked ("is it acne?"), not whether to touch a baby's skin.
  const baby =
    'Is this acne on my newborn, should I squeeze it? Reply: nope, those are milk spots, my daughter had them for a month.';
  expect(labelsOf(baby, 'Reply: nope', 'line')).toEqual(['infant:describes']);
});

test('"using one" and "that thing" point back to the tool just named', () => {
  const text =
    "I almost pricked a milium with my dad's diabetic lancet. Using one near your cheek invites infection, honestly.";
  expect(labelsOf(text, 'Using one')).toEqual(['diy-extraction:discourages']);
  const thing =
    'I lift my milia out with a little hooked needle. Reply: that thing is asking for an infection, honestly.';
  expect(labelsOf(thing, 'Reply: that thing')).toEqual(['diy-extraction:discourages']);
  // "One" alone is a number: "one week later" points back to nothing.
  const story =
    'I lift my milia out with a little hooked needle. One week later my chin had cleared up and felt smooth.';
  expect(labelsOf(story, 'One week later')).toEqual([]);
});

test('a line that opens with a refusal answers the question just asked', () => {
  const text =
    "Can I squeeze my milia out myself before the appointment? Please don't – squeezed skin heals slowly and is harder for us to treat.";
  expect(labelsOf(text, 'Please')).toEqual(['diy-extraction:discourages']);
});

test("a listing's caution is about the tool it sells, not the tip before it", () => {
  const text =
    'Milia Lancet Set (20 pcs) Steam your face first so extraction is easier. Includes a storage tin. Not suitable for the eye area.';
  expect(labelsOf(text, 'Not suitable')).toEqual(['diy-extraction:discourages']);
});

// A thread about one baby names the baby once and then advises without naming it again (baby-carry.ts).
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
  expect(labelsOf(text, 'The GP said')).toEqual([
    'diy-extraction:discourages',
    'professional:describes',
  ]);
});

test('the baby thread ends where the page turns to an adult, and runs out on its own', () => {
  const infantOf = (text: string) =>
    detect(text)
      .filter((f) => f.kind === 'infant')
      .map((f) => f.stance);
  for (const text of [
    'Our newborn son has milia on his nose. Milia in grown-ups: nick each one with a sterile lancet and press.',
    'Our baby girl had milia at birth. For my own milia I went at them with a needle, which was great. Soften the skin with steam, then nick the dome.',
    'Our 6 week old still has a few milia. Me too, honestly, so I ordered a loop tool: press beside the bump until the core slides out.',
  ])
    expect(infantOf(text), text).toEqual(['describes']);
  // A reply that joins in yet goes on about a child ("his") still warns for the baby.
  for (const reply of ["Me too, but I'd never pop his.", "same here, but I'd never pop his."])
    expect(infantOf(`Our 3 week old son has milia across his nose. Reply: ${reply}`)).toEqual([
      'describes',
      'discourages',
    ]);
  expect(
    infantOf('Our 3 week old son has milia across his nose. Reply: same here, I pop mine.'),
  ).toEqual(['describes']);
  // A "his" that belongs to an adult the reply names is no child's.
  expect(
    infantOf(
      "Our 3 week old son has milia across his nose. Reply: me too, and my partner has loads, I'd never pop his.",
    ),
  ).toEqual(['describes']);
  const long =
    'Our 2 week old has milia on her cheeks. They are tiny. They look like sugar. We took photos. The midwife saw them. Nick each one with a sterile lancet and press.';
  expect(infantOf(long)).toEqual(['describes']);
  expect(detect(long).some((f) => f.kind === 'diy-extraction' && f.severity === 'danger')).toBe(
    false,
  );
  expect(detect(long).some((f) => f.kind === 'diy-extraction' && f.stance === 'recommends')).toBe(
    true,
  );
});

test("after 'no need' to squeeze, a baby's washing routine is no advice to squeeze", () => {
  const text =
    "Milia on a newborn need no treatment, and neither kind of bump needs squeezing. Rinse your little one's face with plain water and dab it dry, nothing more.";
  expect(labelsOf(text, 'Milia on')).not.toContain('diy-extraction:describes');
  expect(labelsOf(text, 'Milia on')).toContain('diy-extraction:discourages');
  expect(labelsOf(text, 'Rinse your')).not.toContain('diy-extraction:recommends');
});
