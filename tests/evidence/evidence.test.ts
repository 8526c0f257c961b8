import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME_CARE_CHECKLIST } from '../../src/evidence/checklist.ts';
import { DISCLAIMER } from '../../src/evidence/disclaimer.ts';
import { NOTE_IDS, type NoteId } from '../../src/evidence/note-ids.ts';
import { getNote, NOTES } from '../../src/evidence/notes.ts';
import { RED_FLAGS } from '../../src/evidence/red-flags.ts';
import { SOURCES } from '../../src/evidence/sources.ts';
import type { SourceId } from '../../src/evidence/types.ts';

/** The evidence sheet, beside the project (Vitest runs from the project root). */
const SHEET_PATH = resolve(process.cwd(), '../shared/evidence/milia-evidence.md');

function readSheet(): string {
  if (!existsSync(SHEET_PATH)) {
    throw new Error(
      `Evidence sheet not found at ${SHEET_PATH}: the source checks compare SOURCES with its canonical table, so it must sit at ../shared/evidence/milia-evidence.md relative to the project root.`,
    );
  }
  return readFileSync(SHEET_PATH, 'utf8');
}

/**
 * The sheet's "Citing in the product" table as key -> URL. Rows may hold two keys ("S3, S4") with
 * their URLs joined by " · ", or say "as listed under Sources", in which case the URL is the one in
 * the sheet's Sources list.
 */
function canonicalUrls(sheet: string): Map<string, string> {
  const listed = new Map<string, string>();
  for (const match of sheet.matchAll(/^- (S\d+) [^\n]*?: (\S+)/gmu)) {
    listed.set(match[1] as string, match[2] as string);
  }
  const section = sheet.split('## Citing in the product: canonical URLs')[1];
  if (section === undefined) throw new Error('The sheet has no "Citing in the product" section.');
  const table = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const keys = cells[1]?.match(/S\d+/gu);
    if (!line.startsWith('| S') || !keys) continue;
    const urlCell = cells[3] ?? '';
    const urls = /as listed under Sources/iu.test(urlCell)
      ? keys.map((key) => listed.get(key))
      : urlCell.split('·').map((url) => url.trim());
    keys.forEach((key, index) => {
      const url = urls[index];
      if (url === undefined) throw new Error(`No URL for ${key} in the sheet.`);
      table.set(key, url);
    });
  }
  return table;
}

const notes = Object.entries(NOTES);

/** The severity each note must carry (the brief's mapping, after contracts.md section 1). */
function expectedSeverity(id: NoteId): string {
  const specific: Partial<Record<NoteId, string>> = {
    'needle-at-home': 'warning',
    'squeezing-popping': 'warning',
    'extractor-tool': 'warning',
    'antiseptic-afterwards': 'warning',
    'extraction-near-eyes': 'danger',
    'extraction-on-baby': 'danger',
    'pumice-toothbrush': 'caution',
    'lemon-juice': 'caution',
    'baking-soda': 'caution',
    toothpaste: 'caution',
    'apple-cider-vinegar': 'caution',
    steam: 'caution',
    'warm-compress': 'caution',
    'milia-en-plaque': 'info',
    'baby-milia': 'info',
  };
  const fixed = specific[id];
  if (fixed) return fixed;
  if (id.startsWith('pro-') || id.startsWith('professional.')) return 'info';
  if (id.startsWith('myth-')) return 'caution';
  const [kind, stance] = id.split('.');
  if (stance === 'discourages') return 'agrees';
  if (kind === 'myth') return 'caution';
  if (stance === 'describes') return 'info';
  if (kind === 'diy-extraction') return 'warning';
  return 'caution';
}

describe('evidence notes', () => {
  it('has a note for every note id, filed under its own id', () => {
    for (const id of NOTE_IDS) {
      expect(NOTES[id], id).toBeDefined();
      expect(NOTES[id].id).toBe(id);
    }
    expect(Object.keys(NOTES).sort()).toEqual([...NOTE_IDS].sort());
  });

  it('looks notes up only by real ids', () => {
    expect(getNote('squeezing-popping')?.title).toBe(NOTES['squeezing-popping'].title);
    expect(getNote('no-such-note')).toBeUndefined();
    expect(getNote('toString')).toBeUndefined();
  });

  it.each(notes)('%s cites at least one known source', (_id, note) => {
    expect(note.sources.length).toBeGreaterThan(0);
    for (const source of note.sources) expect(SOURCES[source], source).toBeDefined();
  });

  it.each(notes)('%s has a valid last-reviewed date', (_id, note) => {
    expect(note.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(new Date(`${note.lastReviewed}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
      note.lastReviewed,
    );
  });

  it.each(notes)('%s has a summary of at most two sentences', (_id, note) => {
    const sentences = note.summary.match(/[.!?]["”’)]?(?=\s|$)/gu) ?? [];
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.length).toBeLessThanOrEqual(2);
  });

  it.each(notes)('%s has the severity its kind and stance call for', (id, note) => {
    expect(note.severity).toBe(expectedSeverity(id as NoteId));
  });

  it.each(notes)('%s quotes no prices or percentages', (_id, note) => {
    const text = [note.title, note.summary, note.doInstead, note.seeClinicianIf ?? ''].join(' ');
    expect(text).not.toMatch(/%|[$£€]/u);
  });
});

describe('sources', () => {
  const table = canonicalUrls(readSheet());

  it('lists exactly the sources of the sheet’s canonical table', () => {
    expect(Object.keys(SOURCES).sort()).toEqual([...table.keys()].sort());
  });

  it.each(Object.entries(SOURCES))('%s links its canonical https URL', (id, source) => {
    expect(source.id).toBe(id);
    expect(source.url).toMatch(/^https:\/\//u);
    expect(source.url).toBe(table.get(id));
    expect(source.citeAs.length).toBeGreaterThan(0);
  });
});

describe('home-care checklist', () => {
  it('runs from "leave them alone" to "removal is a clinician’s job"', () => {
    expect(HOME_CARE_CHECKLIST.map((item) => item.id)).toEqual([
      'leave-alone',
      'gentle-cleansing',
      'no-picking',
      'no-harsh-scrubs',
      'lighter-products',
      'sunscreen',
      'otc-retinoid',
      'gentle-chemical-exfoliant',
      'babies-no-treatment',
      'clinician-removal',
    ]);
    expect(HOME_CARE_CHECKLIST[0]?.text).toMatch(/leaving milia alone is fine/iu);
    expect(HOME_CARE_CHECKLIST.at(-1)?.text).toMatch(/clinician/iu);
  });

  it('names the adapalene cautions', () => {
    const retinoid = HOME_CARE_CHECKLIST.find((item) => item.id === 'otc-retinoid');
    expect(retinoid?.text).toMatch(/12/u);
    expect(retinoid?.text).toMatch(/pregnant or breastfeeding/iu);
    expect(retinoid?.text).toMatch(/eyes/iu);
    expect(retinoid?.text).toMatch(/weeks to months/iu);
  });

  it.each(HOME_CARE_CHECKLIST.map((item) => [item.id, item] as const))(
    '%s has a one-line why, sources and a real note',
    (_id, item) => {
      expect(item.why).not.toMatch(/\n/u);
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect(SOURCES[source as SourceId]).toBeDefined();
      if (item.noteId) expect(NOTES[item.noteId]).toBeDefined();
    },
  );
});

describe('red flags', () => {
  it('covers adults, babies and anyone', () => {
    const audiences = new Set(RED_FLAGS.map((flag) => flag.audience));
    expect(audiences).toEqual(new Set(['adult', 'baby', 'anyone']));
    expect(RED_FLAGS.some((flag) => /eyelid/iu.test(flag.text))).toBe(true);
    expect(RED_FLAGS.some((flag) => /pearly/iu.test(flag.text))).toBe(true);
    expect(RED_FLAGS.some((flag) => flag.audience === 'baby' && /3 months/u.test(flag.text))).toBe(
      true,
    );
  });

  it.each(RED_FLAGS.map((flag) => [flag.id, flag] as const))('%s cites sources', (_id, flag) => {
    expect(flag.sources.length).toBeGreaterThan(0);
    for (const source of flag.sources) expect(SOURCES[source]).toBeDefined();
  });
});

describe('disclaimer', () => {
  it('says it is not a diagnosis or medical advice, in one sentence', () => {
    expect(DISCLAIMER).toMatch(/not a diagnosis or medical advice/iu);
    expect(DISCLAIMER.match(/[.!?](?=\s|$)/gu)).toHaveLength(1);
  });
});
