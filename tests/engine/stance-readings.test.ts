import { expect, test } from 'vitest';
import { labelsOf } from './support/labels.ts';

/**
 * How a whole sentence's wording sets the stance towards a practice it names: what the sentence
 * says of the practice decides, not only whether it names it.
 */

test('a practice named as the subject of a denial is not an instruction to do it', () => {
  const text =
    'Hot steam won’t shift milia. Steam won’t open a bump that has no pore, it just warms the skin.';
  expect(labelsOf(text, 'Steam won')).not.toContain('diy-remedy:recommends');
  const told = 'Steam your face over a bowl of hot water to soften the milia.';
  expect(labelsOf(told, told)).toContain('diy-remedy:recommends');
});

test("what a practice can't reach or prevent says that it fails", () => {
  const harder = "Scrubbing your face harder won't prevent milia.";
  expect(labelsOf(harder, harder)).toContain('harsh-exfoliation:discourages');
  const steam = "Steam can't open a milium under the skin.";
  expect(labelsOf(steam, steam)).toEqual(['diy-remedy:discourages']);
  // A service's "we can't remove them" tells what it offers, not that removal fails.
  const service = "We can't remove milia at the pharmacy, so ask your GP.";
  expect(labelsOf(service, service)).not.toContain('diy-extraction:discourages');
});

test('a benefit granted before "but" yields to the failure or harm told after it', () => {
  const fails =
    "A warm compress may help with milia, but it won't reach the keratin under the skin.";
  expect(labelsOf(fails, fails)).toEqual(['diy-remedy:discourages']);
  const harms = 'A sugar scrub can help with milia, though it can leave the skin red and raw.';
  expect(labelsOf(harms, harms)).not.toContain('harsh-exfoliation:recommends');
  // A turn to how to do it, or to when to see a doctor, takes nothing back.
  const how = 'A warm compress may help with milia, but keep it on for ten minutes.';
  expect(labelsOf(how, how)).toEqual(['diy-remedy:recommends']);
  const referral = 'A warm compress may help with milia, but see your GP if they spread.';
  expect(labelsOf(referral, referral)).toContain('diy-remedy:recommends');
});

test('a story closed by a bare "never again" discourages what it told', () => {
  const within = 'Went at the milia on my chin with a sewing needle last night, never again.';
  expect(labelsOf(within, within)).toEqual(['diy-extraction:discourages']);
  const after = 'I lanced the milia on my chin with a pin.\n\nNever again.';
  expect(labelsOf(after, 'Never again.')).toEqual(['diy-extraction:discourages']);
  // "Never again" inside a happier clause is no verdict on the needle.
  const fine = 'I used a sterile lancet on my milia and never again had a single bump.';
  expect(labelsOf(fine, fine)).not.toContain('diy-extraction:discourages');
});

test('an instruction joined to the harm it leads to warns by its consequence', () => {
  const scar = 'Squeeze your milia with a needle and you’ll end up with a scar.';
  expect(labelsOf(scar, scar)).toEqual(['diy-extraction:discourages']);
  // The same shape with a good outcome still advises it.
  const quick = 'Use a sterile lancet on your milia and you’ll have them out in a minute.';
  expect(labelsOf(quick, quick)).toEqual(['diy-extraction:recommends']);
});

test('a line opened with mock agreement means the opposite of the advice it gives', () => {
  const mock = 'Oh sure, dig your milia out with a safety pin from the drawer.';
  expect(labelsOf(mock, mock)).toEqual(['diy-extraction:discourages']);
  const remedy = 'Ah yes, lemon juice on milia, because that never stings.';
  expect(labelsOf(remedy, remedy)).toEqual(['diy-remedy:discourages']);
  // A plain "oh yes" answering a question is sincere.
  const sincere = 'Oh yes, a warm compress helps my milia loads.';
  expect(labelsOf(sincere, sincere)).not.toContain('diy-remedy:discourages');
});

test('praise denied ("not a good idea") warns like "a bad idea"', () => {
  const denied = 'Lots of people press milia out with their fingers, and it is not a good idea.';
  expect(labelsOf(denied, denied)).toEqual(['diy-extraction:discourages']);
  // It judges what its own clause is about: another clause's remedy keeps its praise.
  const other = 'Skipping sunscreen is not a good idea; a warm compress can help with milia.';
  expect(labelsOf(other, other)).toContain('diy-remedy:recommends');
});
