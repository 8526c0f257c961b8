import { describe, expect, onTestFinished, test } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SEVERITIES, type Severity } from '../../src/engine/types.ts';
import { getNote } from '../../src/evidence/notes.ts';
import { citedNote } from '../../src/evidence/sources.ts';
import { createCardController } from '../../src/page/card-controller.ts';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { createNoteCache } from '../../src/page/note-cache.ts';
import type { PageFinding } from '../../src/page/page-finding.ts';
import type { Box } from '../../src/page/placement.ts';
import { mountUiHost, UI_HOST_TAG } from '../../src/page/ui-host.ts';
import { CARD_MODULE } from '../../src/ui/card-module.ts';
import { addFindings } from './support/findings.ts';
import { manualClock } from './support/manual-clock.ts';

/**
 * The card bundle (Chrome) and the notes (from the background) arrive a while after the page's
 * findings, and a reader's pointer may already be resting on a highlight by then. Each test
 * decides what arrives when; the clock, the layout and both arrivals are the test's, the card
 * controller, hover intent, note cache and card layer are the real ones.
 */

const DELAY_MS = 250;
/** Long enough for any pending pointer test, hover delay and grace period to have run. */
const AT_REST_MS = 2000;

/** Something that arrives when the test says so. */
function later() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive };
}

/** Lets the promise chains behind an arrival (mounting the host, storing notes) run to the end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A page with two highlights side by side on one line, `needle` and `eyes`, each with a note of
 * its own, and the card controller watching it.
 */
function setup() {
  const p = document.createElement('p');
  p.append('Lift them with a needle, or squeeze them near the eyes.');
  document.body.replaceChildren(p);
  const index = createFindingIndex();
  const [needle, eyes] = addFindings(
    index,
    p.firstChild as Text,
    [16, 22, 'warning', 'needle-at-home'],
    [44, 53, 'danger', 'extraction-near-eyes'],
  ) as [PageFinding, PageFinding];
  // The layout: where each highlight is drawn; the rest of the line is plain text.
  const boxes = new Map<PageFinding, Box>([
    [needle, { left: 100, top: 10, right: 150, bottom: 30 }],
    [eyes, { left: 300, top: 10, right: 360, bottom: 30 }],
  ]);
  const contains = (box: Box, x: number, y: number) =>
    x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

  const clock = manualClock();
  const bundle = later();
  const notes = later();
  const controller = createCardController({
    doc: document,
    index,
    notes: createNoteCache(async (ids) => {
      await notes.arrived;
      return ids.flatMap((id) => getNote(id) ?? []).map(citedNote);
    }),
    hoverDelayMs: DELAY_MS,
    shown: Object.fromEntries(SEVERITIES.map((s) => [s, true])) as Record<Severity, boolean>,
    mountHost: (css) =>
      mountUiHost({ onInvalidated: () => {} } as unknown as ContentScriptContext, document, css),
    onTurnOffSite: () => {},
    onOpenChecklist: () => {},
    signal: new AbortController().signal,
    deps: {
      findingsAt: (x, y, accept) =>
        [...boxes].filter(([item, box]) => accept(item) && contains(box, x, y)).map(([i]) => i),
      // Cards here are for one finding each, so its box is the whole anchor.
      boxOf: (items) => boxes.get(items[0]!) ?? null,
      loadCard: async () => (await bundle.arrived, CARD_MODULE),
      ...clock,
    },
  });
  onTestFinished(() => controller.destroy());
  // What the page does once a scan slice has found something.
  controller.refresh();

  const centre = (item: PageFinding) => {
    const box = boxes.get(item)!;
    return { clientX: (box.left + box.right) / 2, clientY: (box.top + box.bottom) / 2 };
  };
  return {
    needle,
    eyes,
    /** The pointer moves onto the highlight and rests there. */
    restOn(item: PageFinding) {
      const at = { pointerType: 'mouse', ...centre(item) };
      window.dispatchEvent(new PointerEvent('pointermove', at));
      clock.advance(AT_REST_MS);
    },
    /** The card bundle or the notes arrive, and the pointer stays where it is for a while. */
    async arrive(what: (typeof LAST)[number]) {
      (what === 'notes' ? notes : bundle).arrive();
      await settle();
      clock.advance(AT_REST_MS);
    },
    /** The titles on the open card; none while it is closed. */
    cardTitles(): string[] {
      const shadow = document.querySelector(UI_HOST_TAG)?.shadowRoot;
      const headings = shadow?.querySelectorAll('[role="dialog"] h2') ?? [];
      return [...headings].map((h) => h.textContent ?? '');
    },
    pressEscape() {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    },
    /** The page grows a paragraph with a finding whose note the card has not fetched yet. */
    async addFinding() {
      const more = document.createElement('p');
      more.append('Milia are small keratin cysts.');
      document.body.append(more);
      addFindings(index, more.firstChild as Text, [0, 5, 'info', 'milia-term.describes']);
      controller.refresh();
      await settle();
      clock.advance(AT_REST_MS);
    },
  };
}

const title = (item: PageFinding) => getNote(item.finding.noteId)?.title;
const LAST = ['card layer', 'notes'] as const;

/** A page where the pointer came to rest on `needle` while `last` had not arrived yet. */
async function restingBefore(last: (typeof LAST)[number]) {
  const page = setup();
  await page.arrive(last === 'notes' ? 'card layer' : 'notes');
  page.restOn(page.needle);
  return page;
}

describe('a pointer resting on a highlight before the card can open', () => {
  test.each(LAST)(
    'opens the card as soon as it can (the %s came last), with no further pointer movement',
    async (last) => {
      const page = await restingBefore(last);
      expect(page.cardTitles()).toEqual([]);
      await page.arrive(last);
      expect(page.cardTitles()).toEqual([title(page.needle)]);
    },
  );

  test.each(LAST)(
    'does not reopen a card the reader closed when more notes arrive (%s came last)',
    async (last) => {
      const page = await restingBefore(last);
      await page.arrive(last);
      expect(page.cardTitles()).toEqual([title(page.needle)]);
      page.pressEscape();
      expect(page.cardTitles()).toEqual([]);
      await page.addFinding();
      expect(page.cardTitles()).toEqual([]);
    },
  );

  test('a pointer that moved off the highlight before the card layer arrived opens no card for it', async () => {
    const page = await restingBefore('card layer');
    // On to the other highlight, whose card is the one to open. (Resting on plain text would
    // show no card with or without the re-test, so it would not tell the two apart.)
    page.restOn(page.eyes);
    await page.arrive('card layer');
    expect(page.cardTitles()).toEqual([title(page.eyes)]);
  });
});
