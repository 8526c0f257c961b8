import { describe, expect, test } from 'vitest';
import { NOTES } from '../../src/evidence/notes.ts';
import { createNoteCache } from '../../src/page/note-cache.ts';

/** The card's notes come from the background; what comes back is checked before a card shows it. */
describe('note cache', () => {
  const needle = NOTES['needle-at-home'];
  const term = NOTES['milia-term.describes'];

  test('asks once for each note, however often the page asks', async () => {
    const asked: string[][] = [];
    const cache = createNoteCache(async (ids) => {
      asked.push(ids);
      return ids.map((id) => NOTES[id as keyof typeof NOTES]).filter(Boolean);
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
        { ...needle, sources: ['S999'] },
        { ...term, title: 42 },
        NOTES['extraction-near-eyes'],
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
