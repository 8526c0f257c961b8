import { describe, expect, test } from 'vitest';
import { getNote, NOTES } from '../../src/evidence/notes.ts';
import { notesFor, visibleFindings, withOverlapping } from '../../src/page/card-notes.ts';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { findingsOf, type PageFinding } from '../../src/page/page-finding.ts';
import { addFindings, blockWith } from './support/findings.ts';

function sentence(): Text {
  const p = document.createElement('p');
  p.textContent = 'If you must, use a sterilised needle on the milia under your eyes.';
  document.body.replaceChildren(p);
  return p.firstChild as Text;
}

describe('notesFor', () => {
  test('one note per id, the most severe first', () => {
    const [term, eyes, needle, again] = findingsOf(
      blockWith(
        sentence(),
        [44, 49, 'info', 'milia-term.describes'],
        [0, 66, 'danger', 'extraction-near-eyes'],
        [13, 35, 'warning', 'needle-at-home'],
        [44, 49, 'info', 'milia-term.describes'],
      ),
    ) as [PageFinding, PageFinding, PageFinding, PageFinding];
    expect(notesFor([term, needle, eyes, again], getNote).map((n) => n.id)).toEqual([
      'extraction-near-eyes',
      'needle-at-home',
      'milia-term.describes',
    ]);
    expect(notesFor([term], getNote)[0]).toBe(NOTES['milia-term.describes']);
  });

  test('an id without a note shows nothing rather than failing', () => {
    const block = blockWith(sentence(), [0, 2, 'info', 'no-such-note']);
    expect(notesFor(findingsOf(block), getNote)).toEqual([]);
  });
});

describe('findings a card shows and a user can reach', () => {
  test('overlapping findings share the card; neighbours in the same text node do not', () => {
    const [eyes, term, needle] = addFindings(
      createFindingIndex(),
      sentence(),
      [0, 66, 'danger', 'extraction-near-eyes'],
      [44, 49, 'info', 'milia-term.describes'],
      [19, 35, 'warning', 'needle-at-home'],
    ) as [PageFinding, PageFinding, PageFinding];
    const all = () => true;
    expect(new Set(withOverlapping(term, all))).toEqual(new Set([term, eyes]));
    expect(new Set(withOverlapping(eyes, all))).toEqual(new Set([eyes, term, needle]));
    // Hidden severities are left out.
    expect(withOverlapping(term, (f) => f.finding.severity !== 'danger')).toEqual([term]);
  });

  test('the visible list skips severities switched off and keeps page order', () => {
    const index = createFindingIndex();
    // Read out of order, as a rescan of part of a block can add them.
    const [term, needle] = addFindings(
      index,
      sentence(),
      [44, 49, 'info', 'milia-term.describes'],
      [19, 35, 'warning', 'needle-at-home'],
    );
    const shown = { danger: true, warning: true, caution: true, info: true, agrees: true };
    expect(visibleFindings(index, shown)).toEqual([needle, term]);
    expect(visibleFindings(index, { ...shown, warning: false })).toEqual([term]);
  });

  test('a finding whose text was read again is no longer indexed', () => {
    const index = createFindingIndex();
    const [term] = addFindings(index, sentence(), [44, 49, 'info', 'milia-term.describes']);
    expect(index.has(term!)).toBe(true);
    index.removeStale([document.body]);
    expect(index.has(term!)).toBe(false);
  });
});
