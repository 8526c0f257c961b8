import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime, Tabs } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBadgeTracker } from '../../src/background/badge.ts';
import { runCommand } from '../../src/background/commands.ts';
import { handleMessage } from '../../src/background/listeners.ts';
import { resetLogOnce } from '../../src/messaging/log-once.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { loadSettings, saveSettings } from '../../src/settings/storage.ts';

const counts = (warning: number) => ({ danger: 0, warning, caution: 1, info: 0, agrees: 0 });
const tab = (id: number) => ({ id }) as Tabs.Tab;
const fromFrame = (tabId: number, frameId: number): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: tab(tabId),
  frameId,
  url: 'https://example.com/',
});

let setIcon: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  resetLogOnce();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  setIcon = vi.fn(async () => undefined);
  (fakeBrowser.action as unknown as { setIcon: typeof setIcon }).setIcon = setIcon;
});

const badgeText = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('toolbar badge', () => {
  test("shows each tab its own frames' warning and danger count", async () => {
    const badge = createBadgeTracker();
    await badge.onCounts(1, 0, counts(2), true);
    await badge.onCounts(1, 4, counts(1), true);
    await badge.onCounts(2, 0, counts(0), true);
    expect(await badgeText(1)).toBe('3');
    expect(await badgeText(2)).toBe('');
  });

  test('greys the icon where the site is off, and restores it', async () => {
    const badge = createBadgeTracker();
    await badge.onCounts(1, 0, counts(0), false);
    expect(setIcon).toHaveBeenLastCalledWith({
      tabId: 1,
      path: expect.objectContaining({ 16: '/icon/grey-16.png' }),
    });
    await badge.onCounts(1, 0, counts(1), true);
    expect(setIcon).toHaveBeenLastCalledWith({
      tabId: 1,
      path: expect.objectContaining({ 16: '/icon/16.png' }),
    });
  });

  test('navigation clears the badge of that tab only', async () => {
    const badge = createBadgeTracker();
    await badge.onCounts(1, 0, counts(2), true);
    await badge.onCounts(2, 0, counts(5), true);
    await badge.onTabGone(1);
    expect(await badgeText(1)).toBe('');
    expect(await badgeText(2)).toBe('5');
  });

  test('a restarted service worker carries on from storage.session', async () => {
    await createBadgeTracker().onCounts(1, 0, counts(2), true);
    const restarted = createBadgeTracker();
    await restarted.onCounts(1, 3, counts(1), true);
    expect(await badgeText(1)).toBe('3');
  });

  test('frames reporting at the same moment are all counted', async () => {
    const badge = createBadgeTracker();
    await Promise.all([0, 1, 2, 3, 4].map((frame) => badge.onCounts(1, frame, counts(1), true)));
    expect(await badgeText(1)).toBe('5');
  });
});

describe('background messages', () => {
  test("counts from a content script update its tab's badge", async () => {
    const onCounts = vi.fn(async () => undefined);
    const badge = { onCounts, onTabGone: vi.fn() };
    handleMessage(badge, { type: 'counts', counts: counts(1), active: true }, fromFrame(9, 2));
    expect(onCounts).toHaveBeenCalledWith(9, 2, counts(1), true);
  });

  test("a card's 'turn off on this site' saves the site choice", async () => {
    const badge = { onCounts: vi.fn(async () => undefined), onTabGone: vi.fn() };
    await saveSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 100 });
    handleMessage(badge, { type: 'turn-off-site', host: 'www.example.com' }, fromFrame(9, 2));
    await vi.waitFor(async () =>
      expect(await loadSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        hoverDelayMs: 100,
        sites: ['example.com'],
      }),
    );
  });

  test('messages from another extension or of the wrong shape are ignored', () => {
    const onCounts = vi.fn(async () => undefined);
    const badge = { onCounts, onTabGone: vi.fn() };
    handleMessage(
      badge,
      { type: 'counts', counts: counts(1), active: true },
      {
        ...fromFrame(9, 0),
        id: 'another-extension',
      },
    );
    handleMessage(
      badge,
      { type: 'counts', counts: { warning: 'many' }, active: true },
      fromFrame(9, 0),
    );
    handleMessage(
      badge,
      { type: 'counts', counts: counts(1), active: true },
      {
        id: fakeBrowser.runtime.id,
        url: 'https://example.com/',
      },
    );
    expect(onCounts).not.toHaveBeenCalled();
  });

  test('a content script asking for notes gets the known ones, and another extension nothing', async () => {
    const badge = { onCounts: vi.fn(), onTabGone: vi.fn() };
    const ask = { type: 'notes', ids: ['needle-at-home', 'no-such-note'] };
    const notes = await handleMessage(badge, ask, fromFrame(3, 0));
    expect(notes?.map((note) => note.id)).toEqual(['needle-at-home']);
    expect(notes?.[0]?.sources.length).toBeGreaterThan(0);
    // Written out: the content script has no source table to look ids up in.
    expect(notes?.[0]?.sources[0]?.url).toMatch(/^https:\/\//);
    expect(handleMessage(badge, ask, { ...fromFrame(3, 0), id: 'another-extension' })).toBe(
      undefined,
    );
  });

  test('open-checklist opens the checklist in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    handleMessage(
      { onCounts: vi.fn(), onTabGone: vi.fn() },
      { type: 'open-checklist' },
      fromFrame(1, 0),
    );
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html?view=checklist`,
      }),
    );
  });
});

describe('keyboard commands', () => {
  test("next and previous finding go to the tab's content script", async () => {
    const send = vi.fn(async () => undefined);
    fakeBrowser.tabs.sendMessage = send as unknown as typeof fakeBrowser.tabs.sendMessage;
    await runCommand('next-finding', 4);
    await runCommand('previous-finding', 4);
    expect(send).toHaveBeenNthCalledWith(
      1,
      4,
      { type: 'command', command: 'next-finding' },
      { frameId: 0 },
    );
    expect(send).toHaveBeenNthCalledWith(
      2,
      4,
      { type: 'command', command: 'previous-finding' },
      {
        frameId: 0,
      },
    );
  });

  test("toggle-site turns the tab's site off, then on again", async () => {
    const summary = { host: 'www.example.com', active: true, counts: counts(0), findings: [] };
    fakeBrowser.tabs.sendMessage = vi.fn(
      async () => summary,
    ) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await runCommand('toggle-site', 4);
    expect((await loadSettings()).sites).toEqual(['example.com']);
    await runCommand('toggle-site', 4);
    expect((await loadSettings()).sites).toEqual([]);
  });

  test('toggle-site on a page without a content script changes nothing', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection');
    }) as unknown as typeof fakeBrowser.tabs.sendMessage;
    await saveSettings(DEFAULT_SETTINGS);
    await runCommand('toggle-site', 4);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
