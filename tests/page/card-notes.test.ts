import { describe, expect, test } from 'vitest';
import type { Severity } from '../../src/engine/types.ts';
import { getNote, NOTES } from '../../src/evidence/notes.ts';
import {
  isStillIndexed,
  notesFor,
  visibleFindings,
  withOverlapping,
} from '../../src/page/card-notes.ts';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { findingKind, type PageFinding } from '../../src/page/page-finding.ts';

/** A finding over [start, end) of one text node. */
function at(
  node: Text,
  start: number,
  end: number,
  severity: Severity,
  noteId: string,
): PageFinding {
  return {
    finding: findingKind(severity, noteId),
    // happy-dom has no StaticRange; the page layer reads only these fields of one.
    range: {
      startContainer: node,
      startOffset: start,
      endContainer: node,
      endOffset: end,
      collapsed: start === end,
    } as StaticRange,
  };
}

function sentence(): Text {
  const p = document.createElement('p');
  p.textContent = 'If you must, use a sterilised needle on the milia under your eyes.';
  document.body.replaceChildren(p);
  return p.firstChild as Text;
}

describe('notesFor', () => {
  test('one note per id, the most severe first', () => {
    const text = sentence();
    const term = at(text, 44, 49, 'info', 'milia-term.describes');
    const eyes = at(text, 0, 66, 'danger', 'extraction-near-eyes');
    const needle = at(text, 13, 35, 'warning', 'needle-at-home');
    const again = at(text, 44, 49, 'info', 'milia-term.describes');
    expect(notesFor([term, needle, eyes, again], getNote).map((n) => n.id)).toEqual([
      'extraction-near-eyes',
      'needle-at-home',
      'milia-term.describes',
    ]);
    expect(notesFor([term], getNote)[0]).toBe(NOTES['milia-term.describes']);
  });

  test('an id without a note shows nothing rather than failing', () => {
    expect(notesFor([at(sentence(), 0, 2, 'info', 'no-such-note')], getNote)).toEqual([]);
  });
});

describe('findings a card shows and a user can reach', () => {
  test('overlapping findings share the card; neighbours in the same text node do not', () => {
    const text = sentence();
    const index = createFindingIndex();
    const eyes = at(text, 0, 66, 'danger', 'extraction-near-eyes');
    const term = at(text, 44, 49, 'info', 'milia-term.describes');
    const needle = at(text, 19, 35, 'warning', 'needle-at-home');
    for (const item of [eyes, term, needle]) index.add(item);
    const all = () => true;
    expect(new Set(withOverlapping(index, term, all))).toEqual(new Set([term, eyes]));
    expect(new Set(withOverlapping(index, eyes, all))).toEqual(new Set([eyes, term, needle]));
    // Hidden severities are left out.
    expect(withOverlapping(index, term, (f) => f.finding.severity !== 'danger')).toEqual([term]);
  });

  test('the visible list skips severities switched off and keeps page order', () => {
    const text = sentence();
    const index = createFindingIndex();
    const term = at(text, 44, 49, 'info', 'milia-term.describes');
    const needle = at(text, 19, 35, 'warning', 'needle-at-home');
    index.add(term);
    index.add(needle);
    const shown = { danger: true, warning: true, caution: true, info: true, agrees: true };
    expect(visibleFindings(index, shown)).toEqual([needle, term]);
    expect(visibleFindings(index, { ...shown, warning: false })).toEqual([term]);
  });

  test('a finding whose text was read again is no longer indexed', () => {
    const text = sentence();
    const index = createFindingIndex();
    const term = at(text, 44, 49, 'info', 'milia-term.describes');
    index.add(term);
    expect(isStillIndexed(index, term)).toBe(true);
    index.removeStale([document.body]);
    expect(isStillIndexed(index, term)).toBe(false);
  });
});
