import { describe, expect, test } from 'vitest';
import { NOTES } from '../../src/evidence/notes.ts';
import { citedNote } from '../../src/evidence/sources.ts';
import { createNoteCache } from '../../src/page/note-cache.ts';

/** The card's notes come from the background; what comes back is checked before a card shows it. */
describe('note cache', () => {
  const needle = citedNote(NOTES['needle-at-home']);
  const term = citedNote(NOTES['milia-term.describes']);
  const eyes = citedNote(NOTES['extraction-near-eyes']);

  test('asks once for each note, however often the page asks', async () => {
    const asked: string[][] = [];
    const cache = createNoteCache(async (ids) => {
      asked.push(ids);
      return [needle, term].filter((note) => ids.includes(note.id));
    });
    expect(cache.get(needle.id)).toBeUndefined();
    await Promise.all([cache.load([needle.id, needle.id]), cache.load([needle.id])]);
    await cache.load([needle.id, term.id]);
    expect(asked).toEqual([[needle.id], [term.id]]);
    expect(cache.get(needle.id)).toEqual(needle);
    expect(cache.get(term.id)?.title).toBe(term.title);
  });

  test('keeps nothing malformed or unasked for, and asks again after a failure', async () => {
    let calls = 0;
    const cache = createNoteCache(async () => {
      calls += 1;
      if (calls === 1) throw new Error('background asleep');
      return [
        { ...needle, sources: [{ id: 'S1', citeAs: 'A link', url: 'javascript:alert(1)' }] },
        { ...term, sources: [] },
        { ...term, sources: NOTES['milia-term.describes'].sources },
        { ...term, title: 42 },
        eyes,
        needle,
      ];
    });
    await cache.load([needle.id, term.id]);
    expect(cache.get(needle.id)).toBeUndefined();
    await cache.load([needle.id, term.id]);
    expect(calls).toBe(2);
    expect(cache.get(needle.id)).toEqual(needle);
    expect(cache.get(term.id)).toBeUndefined();
    expect(cache.get('extraction-near-eyes')).toBeUndefined();
  });
});
