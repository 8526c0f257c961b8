import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';
import {
  loadChecklistProgress,
  loadSettings,
  saveChecklistProgress,
  saveSettings,
  settingsItem,
  watchSettings,
} from '../../src/settings/storage.ts';

const custom: Settings = {
  mode: 'only-listed',
  sites: ['example.com'],
  paused: false,
  severities: { danger: true, warning: true, caution: true, info: false, agrees: false },
  highlightStyle: 'background',
  hoverDelayMs: 100,
};

beforeEach(() => {
  fakeBrowser.reset();
});

async function storedSettings(): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get('settings')).settings;
}

describe('settings storage', () => {
  test('defaults when nothing is stored, and nothing written', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storedSettings()).toBeUndefined();
  });

  test('saves to sync storage and loads back', async () => {
    await saveSettings(custom);
    expect(await storedSettings()).toEqual(custom);
    expect(await loadSettings()).toEqual(custom);
  });

  test('a corrupt stored value is repaired field by field and written back', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...custom, hoverDelayMs: 99_999, sites: ['Example.com', '%%%'], junk: true },
    });
    const expected = { ...custom, hoverDelayMs: 250, sites: ['example.com'] };
    expect(await loadSettings()).toEqual(expected);
    expect(await storedSettings()).toEqual(expected);
  });

  test('a truncated JSON string in storage gives the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{"mode":"only-li' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await storedSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a value written by a newer version is read but not rewritten', async () => {
    const newer = { ...custom, futureField: { x: 1 } };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 3 } });
    await settingsItem.migrate().catch(() => undefined);
    expect(await loadSettings()).toEqual(custom);
    expect(await storedSettings()).toEqual(newer);
  });

  test('saving validates: a bad value never reaches storage', async () => {
    await saveSettings({ ...custom, hoverDelayMs: -5, sites: ['ok.com', 'bad host'] });
    expect(await storedSettings()).toEqual({ ...custom, hoverDelayMs: 250, sites: ['ok.com'] });
  });

  test('watchSettings reports validated changes and stops when asked', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await saveSettings(custom);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(custom));
    await fakeBrowser.storage.sync.set({ settings: { ...custom, paused: 'nope' } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...custom, paused: false }));
    stop();
    const calls = seen.mock.calls.length;
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toHaveBeenCalledTimes(calls);
  });
});

describe('v1 → v2 migration', () => {
  test('keeps every choice the user made in version 1', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, disabledSites: ['example.com', 'Shop.Example.org'] },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'all-except-listed',
      paused: true,
      sites: ['example.com', 'shop.example.org'],
    });
  });

  test('an unversioned value counts as version 1', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: true, disabledSites: ['a.com'] } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, sites: ['a.com'] });
  });

  test('current settings whose version marker was lost keep every choice', async () => {
    await fakeBrowser.storage.sync.set({ settings: custom });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual(custom);
  });

  test('a malformed version 1 value migrates to the defaults instead of failing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'maybe', disabledSites: 7 } });
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('checklist progress', () => {
  test('empty at first, saved in local storage', async () => {
    expect(await loadChecklistProgress()).toEqual({});
    await saveChecklistProgress({ 'gentle-cleanser': true });
    expect(await fakeBrowser.storage.local.get('checklistProgress')).toEqual({
      checklistProgress: { 'gentle-cleanser': true },
    });
    expect(await loadChecklistProgress()).toEqual({ 'gentle-cleanser': true });
  });

  test('corrupt progress is repaired and written back', async () => {
    await fakeBrowser.storage.local.set({ checklistProgress: { a: true, b: 'x' } });
    expect(await loadChecklistProgress()).toEqual({ a: true });
    expect((await fakeBrowser.storage.local.get('checklistProgress')).checklistProgress).toEqual({
      a: true,
    });
  });
});
