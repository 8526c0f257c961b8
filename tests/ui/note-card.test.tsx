import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCLAIMER } from '../../src/evidence/disclaimer.ts';
import { NOTES } from '../../src/evidence/notes.ts';
import { citedNote, SOURCES } from '../../src/evidence/sources.ts';
import { NoteCard, SEVERITY_LABELS } from '../../src/ui/note-card.tsx';
import { NOTE_CARD_CSS } from '../../src/ui/note-card-styles.ts';

afterEach(cleanup);

const notes = Object.values(NOTES);

describe('NoteCard', () => {
  it.each(notes.map((note) => [note.id, note] as const))(
    'shows the %s note with its sources',
    (_id, note) => {
      const card = render(<NoteCard note={citedNote(note)} />);
      const heading = card.getByRole('heading', { level: 2, name: note.title });
      expect(card.getByRole('article').getAttribute('aria-labelledby')).toBe(heading.id);
      expect(card.getByText(SEVERITY_LABELS[note.severity])).toBeTruthy();
      expect(card.getByText(note.summary)).toBeTruthy();
      expect(card.getByText('What to do instead')).toBeTruthy();
      expect(card.getByText(note.doInstead)).toBeTruthy();
      if (note.seeClinicianIf) expect(card.getByText(note.seeClinicianIf)).toBeTruthy();
      else expect(card.queryByText('See a clinician if')).toBeNull();
      expect(card.getByText(DISCLAIMER)).toBeTruthy();

      const links = card.getAllByRole('link');
      expect(links).toHaveLength(note.sources.length);
      note.sources.forEach((id, index) => {
        const link = links[index] as HTMLAnchorElement;
        expect(link.getAttribute('href')).toBe(SOURCES[id].url);
        expect(link.getAttribute('target')).toBe('_blank');
        expect(link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(link.textContent).toContain(SOURCES[id].citeAs);
      });
    },
  );

  it('uses the requested heading level and id prefix', () => {
    const note = NOTES['extraction-near-eyes'];
    const view = render(<NoteCard note={citedNote(note)} headingLevel={3} idPrefix="card-7" />);
    const heading = view.getByRole('heading', { level: 3, name: note.title });
    expect(heading.id).toBe('card-7-title');
  });

  it('gives every severity its own words', () => {
    expect(new Set(Object.values(SEVERITY_LABELS)).size).toBe(5);
    const { container } = render(<NoteCard note={citedNote(NOTES['extraction-on-baby'])} />);
    expect(container.textContent).toContain('High risk');
  });

  it('shows host content such as a close button', () => {
    const view = render(
      <NoteCard note={citedNote(NOTES.steam)}>
        <button type="button">Close</button>
      </NoteCard>,
    );
    expect(view.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});

describe('NOTE_CARD_CSS', () => {
  it('styles only the card’s own classes, in light and dark, with reduced motion respected', () => {
    const selectors = NOTE_CARD_CSS.replace(/@media[^{]*\{/gu, '')
      .split('}')
      .map((block) => block.split('{')[0]?.trim() ?? '')
      .filter((selector) => selector.length > 0);
    for (const group of selectors) {
      for (const selector of group.split(',')) expect(selector.trim()).toMatch(/^\.ml-/u);
    }
    expect(NOTE_CARD_CSS).toContain('prefers-color-scheme: dark');
    expect(NOTE_CARD_CSS).toContain('prefers-reduced-motion');
    // Text and widths in rem/em, so the card scales and wraps at 200% zoom.
    expect(NOTE_CARD_CSS).not.toMatch(/(font|font-size|max-width|padding):[^;]*\dpx/u);
  });
});

describe('NoteCard accessibility', () => {
  it.each([
    'extraction-near-eyes',
    'squeezing-popping',
    'warm-compress',
    'pro-laser',
    'diy-extraction.discourages',
  ] as const)('%s card has no axe violations', async (id) => {
    const { container } = render(
      <main>
        <NoteCard note={citedNote(NOTES[id])} />
      </main>,
    );
    const results = await axe.run(container, {
      rules: {
        // happy-dom does no layout or style cascade, so axe cannot compute real foreground and
        // background colours here; contrast is checked by eye and in the browser instead.
        'color-contrast': { enabled: false },
      },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
