import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SEVERITIES } from '../../src/engine/types.ts';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  MAX_SITES,
  type Settings,
  SITE_MODES,
} from '../../src/settings/schema.ts';
import { loadSettings, settingsItem } from '../../src/settings/storage.ts';
import { exportSettings, importSettings } from '../../src/settings/transfer.ts';
import { checkSettings } from '../../src/settings/validate.ts';

/**
 * Data safety, property-based: whatever storage or an import file holds, reading it never
 * throws, keeps every valid choice, and what it repairs to is itself clean.
 */
const hostArb = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), fc.constantFrom('com', 'org', 'de'))
  .map(([name, tld]) => `${name}.${tld}`)
  .filter((h) => !h.startsWith('www.') && !h.includes('--'));

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  mode: fc.constantFrom(...SITE_MODES),
  sites: fc.uniqueArray(hostArb, { maxLength: 20 }),
  paused: fc.boolean(),
  severities: fc.record(
    Object.fromEntries(SEVERITIES.map((s) => [s, fc.boolean()])) as {
      [K in (typeof SEVERITIES)[number]]: fc.Arbitrary<boolean>;
    },
  ),
  highlightStyle: fc.constantFrom(...HIGHLIGHT_STYLES),
  hoverDelayMs: fc.integer({ min: 0, max: 2000 }),
});

/** A value of the wrong type or outside the allowed set, for each field. */
const BAD: { [K in keyof Settings]: fc.Arbitrary<unknown> } = {
  mode: fc.oneof(fc.constant('sometimes'), fc.integer(), fc.constant(null)),
  sites: fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), fc.string())),
  paused: fc.oneof(fc.constantFrom('true', 'yes', 1, 0, null), fc.string()),
  severities: fc.oneof(fc.constant(null), fc.array(fc.boolean()), fc.string()),
  highlightStyle: fc.oneof(fc.constantFrom('blink', '', 'UNDERLINE'), fc.integer()),
  hoverDelayMs: fc.oneof(
    fc.constantFrom(-1, 2001, 1.5, Number.NaN, Infinity, 1e308, '250'),
    fc.integer({ min: 2001 }),
  ),
};
const FIELDS = Object.keys(BAD) as (keyof Settings)[];

describe('reading stored settings', () => {
  test('any value at all: never throws, and the repaired settings are clean', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (raw) => {
        const { settings } = checkSettings(raw);
        expect(checkSettings(settings).issues).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('wrong fields and unknown keys cost only themselves: every valid choice is kept', () => {
    fc.assert(
      fc.property(
        settingsArb,
        fc.subarray(FIELDS, { minLength: 1 }),
        fc.dictionary(fc.stringMatching(/^x[a-z]{1,8}$/), fc.anything(), { maxKeys: 3 }),
        fc.nat(),
        (valid, broken, extra, seed) => {
          const raw: Record<string, unknown> = { ...valid, ...extra };
          for (const field of broken) {
            raw[field] = fc.sample(BAD[field], { numRuns: 1, seed: seed + field.length })[0];
          }
          const { settings, issues } = checkSettings(raw);
          expect(issues.length).toBeGreaterThan(0);
          for (const field of FIELDS) {
            expect(settings[field]).toEqual(
              broken.includes(field) ? DEFAULT_SETTINGS[field] : valid[field],
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('every truncation of a stored JSON text gives the defaults, flagged for repair', () => {
    fc.assert(
      fc.property(settingsArb, (valid) => {
        const text = JSON.stringify(valid);
        for (let cut = 1; cut < text.length; cut++) {
          const { settings, issues } = checkSettings(text.slice(0, cut));
          expect(settings).toEqual(DEFAULT_SETTINGS);
          expect(issues.length).toBeGreaterThan(0);
        }
        expect(checkSettings(text).settings).toEqual(valid);
      }),
      { numRuns: 50 },
    );
  });

  test('huge values are bounded: long site lists, deep nesting, enormous numbers', () => {
    const sites = Array.from({ length: 50_000 }, (_, i) => `site${i}.com`);
    expect(checkSettings({ ...DEFAULT_SETTINGS, sites }).settings.sites).toHaveLength(MAX_SITES);
    const deep = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    expect(checkSettings(deep).settings).toEqual(DEFAULT_SETTINGS);
    let nested: unknown = true;
    for (let i = 0; i < 10_000; i++) nested = { severities: nested };
    expect(checkSettings({ ...DEFAULT_SETTINGS, severities: nested }).settings).toEqual(
      DEFAULT_SETTINGS,
    );
  });
});

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a corrupt stored value loads as defaults-plus-valid, is written back clean, once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), settingsArb), async (raw) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: raw, settings$: { v: 2 } });
        const loaded = await loadSettings();
        expect(loaded).toEqual(checkSettings(raw).settings);
        const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
        expect(checkSettings(stored).issues).toEqual([]);
        expect(await loadSettings()).toEqual(loaded);
      }),
      { numRuns: 200 },
    );
  });

  test('upgrading from version 1 keeps the switch and every site, whatever they were', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.uniqueArray(hostArb, { maxLength: 30 }),
        async (enabled, hosts) => {
          fakeBrowser.reset();
          const disabledSites = hosts.map((h, i) =>
            i % 3 === 0 ? `https://www.${h}/page` : h.toUpperCase(),
          );
          await fakeBrowser.storage.sync.set({
            settings: { enabled, disabledSites },
            settings$: { v: 1 },
          });
          await settingsItem.migrate();
          expect(await loadSettings()).toEqual({
            ...DEFAULT_SETTINGS,
            paused: !enabled,
            sites: hosts,
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  test('current-version settings pass through a migration run untouched', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, async (valid) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: valid, settings$: { v: 2 } });
        await settingsItem.migrate();
        expect(await loadSettings()).toEqual(valid);
      }),
      { numRuns: 100 },
    );
  });
});

describe('importing a settings file', () => {
  test('round trips, and every truncation or random edit is refused or valid, never thrown', () => {
    fc.assert(
      fc.property(settingsArb, fc.nat(), fc.string({ maxLength: 3 }), (valid, at, junk) => {
        const text = exportSettings(valid);
        expect(importSettings(text)).toEqual({ ok: true, settings: valid });
        // Any cut into the JSON itself (the export ends with a line break, which may go).
        const cut = importSettings(text.slice(0, at % text.trimEnd().length));
        expect(cut.ok).toBe(false);
        const i = at % text.length;
        const edited = importSettings(text.slice(0, i) + junk + text.slice(i + 1));
        if (edited.ok) expect(checkSettings(edited.settings).issues).toEqual([]);
        else expect(edited.error).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: 1000 },
    );
  });
});
