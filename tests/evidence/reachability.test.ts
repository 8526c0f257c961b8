import { describe, expect, it } from 'vitest';
import { noteIdsOf, RULES } from '../../src/engine/rules/index.ts';
import { HOME_CARE_CHECKLIST } from '../../src/evidence/checklist.ts';
import { NOTE_IDS } from '../../src/evidence/note-ids.ts';
import { NOTES } from '../../src/evidence/notes.ts';

/**
 * A note no rule can show is dead text, and a rule naming a missing note would show an empty card.
 * Red flags carry no note ids, so a note is reachable from a rule or the checklist.
 */
describe('notes and rules', () => {
  const fromRules = new Set<string>(RULES.flatMap((rule) => [...noteIdsOf(rule)]));

  it('every note id a rule names has a note', () => {
    for (const id of fromRules) expect(NOTES[id as keyof typeof NOTES], id).toBeDefined();
  });

  it('every note is reachable from some rule or the checklist', () => {
    const reachable = new Set<string>(fromRules);
    for (const item of HOME_CARE_CHECKLIST) if (item.noteId) reachable.add(item.noteId);
    const unreachable = NOTE_IDS.filter((id) => !reachable.has(id));
    expect(unreachable).toEqual([]);
  });
});
