import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, watchStoredSettings } from '../../src/settings/page-reader.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';
import { loadSettings, saveSettings, settingsItem } from '../../src/settings/storage.ts';

/**
 * The content script reads settings without WXT's storage layer; it must see exactly what the
 * storage item gives the rest of the extension, whatever an older or newer version stored.
 */
const custom: Settings = {
  mode: 'only-listed',
  sites: ['example.com'],
  paused: true,
  severities: { danger: true, warning: true, caution: false, info: false, agrees: true },
  highlightStyle: 'background',
  hoverDelayMs: 100,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe("the content script's settings reader", () => {
  test.each([
    ['nothing stored', {}],
    ['current settings', { settings: custom, settings$: { v: 2 } }],
    ['a damaged value', { settings: { ...custom, hoverDelayMs: -1, sites: ['A.com', '%'] } }],
    ['text instead of an object', { settings: '{"mode":"only-li' }],
    ['version 1, site off', { settings: { enabled: true, disabledSites: ['a.com'] } }],
    ['version 1, paused', { settings: { enabled: false, disabledSites: [] }, settings$: { v: 1 } }],
    ['a lost version marker', { settings: custom }],
    ['a newer version', { settings: { ...custom, future: 1 }, settings$: { v: 3 } }],
  ] as [string, Record<string, unknown>][])(
    'reads %s as the storage item does',
    async (_label, stored) => {
      await fakeBrowser.storage.sync.set(stored);
      // Read before the storage item's migration has run, as a page may well do.
      const read = await readSettings();
      await settingsItem.migrate().catch(() => undefined);
      expect(read).toEqual(await loadSettings());
    },
  );

  test('reads the user choices of a version 1 value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, disabledSites: ['a.com'] } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, sites: ['a.com'] });
  });

  test('never writes: repairing and migrating are left to the background', async () => {
    const damaged = { ...custom, hoverDelayMs: 'slow' };
    await fakeBrowser.storage.sync.set({ settings: damaged });
    expect(await readSettings()).toEqual({ ...custom, hoverDelayMs: 250 });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: damaged });
  });

  test('reports changes saved elsewhere, and stops when asked', async () => {
    const seen = vi.fn();
    const stop = watchStoredSettings(seen);
    await saveSettings(custom);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(custom));
    await fakeBrowser.storage.local.set({ settings: 'not the synced item' });
    await saveSettings({ ...custom, paused: false });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...custom, paused: false }));
    stop();
    const calls = seen.mock.calls.length;
    await saveSettings(DEFAULT_SETTINGS);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveBeenCalledTimes(calls);
  });
});
