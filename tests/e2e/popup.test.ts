import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../../scripts/lib/launch-extension.ts';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server.ts';
import { highlightedTexts, waitForHighlights } from './support/page-probes.ts';
import { activeTabId } from './support/tabs.ts';

/**
 * The popup and options page in a real Chromium. The fixture server answers on 127.0.0.1 and on
 * localhost: two hosts for the same page, so one can be switched off while the other shows that
 * the content script still runs.
 */
let server: StaticServer;
let port: string;
const profiles: string[] = [];

beforeAll(async () => {
  server = await serveDirectory(fileURLToPath(new URL('./fixtures/', import.meta.url)));
  port = new URL(server.url).port;
});

afterAll(async () => {
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

const pageUrl = (host: string) => `http://${host}:${port}/popup-advice.html`;

function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'milia-lens-popup-'));
  profiles.push(dir);
  return dir;
}

async function openAdvice(
  ext: LaunchedExtension,
  host: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(pageUrl(host));
  const tabId = await activeTabId(ext, page);
  return { page, tabId };
}

async function openPopup(ext: LaunchedExtension, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

const siteSwitch = (popup: Page, host: string) =>
  popup.getByRole('switch', { name: new RegExp(`Highlight on ${host.replaceAll('.', '\\.')}`) });

test('switching a site off in the popup unpaints its open tab at once and greys the badge', async () => {
  const ext = await launchExtension();
  try {
    const { page, tabId } = await openAdvice(ext, '127.0.0.1');
    await waitForHighlights(page);
    await expect.poll(() => toolbarState(ext, tabId)).toMatchObject({ active: true });

    const popup = await openPopup(ext, tabId);
    const toggle = siteSwitch(popup, '127.0.0.1');
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => popup.locator('.finding').count()).toBeGreaterThan(0);
    await toggle.uncheck();

    await expect
      .poll(() => highlightedTexts(page).then((h) => h.flatMap(([, t]) => t)))
      .toEqual([]);
    await expect.poll(() => toolbarState(ext, tabId)).toEqual({ text: '', active: false });
    expect(await popup.getByText(/off on this site/).count()).toBe(1);

    await toggle.check();
    await waitForHighlights(page);
    await expect.poll(() => toolbarState(ext, tabId)).toMatchObject({ active: true });
  } finally {
    await ext.close();
  }
});

test('the badge counts warning and danger findings, per tab', async () => {
  const ext = await launchExtension();
  try {
    const advice = await openAdvice(ext, '127.0.0.1');
    await waitForHighlights(advice.page);
    // A page that only mentions milia (info findings) gets no number.
    const mention = await ext.context.newPage();
    await mention.goto(`http://127.0.0.1:${port}/skeleton.html`);
    await waitForHighlights(mention);
    const mentionTab = await activeTabId(ext, mention);
    await expect.poll(() => toolbarState(ext, mentionTab)).toEqual({ text: '', active: true });
    await expect
      .poll(async () => (await toolbarState(ext, advice.tabId)).text, { timeout: 10_000 })
      .toMatch(/^[1-9]\d*$/);
    // Navigating the tab clears its badge until the new page reports.
    await advice.page.goto(`http://127.0.0.1:${port}/skeleton.html`);
    await expect.poll(async () => (await toolbarState(ext, advice.tabId)).text).toBe('');
  } finally {
    await ext.close();
  }
});

test('the choice survives closing and reopening the browser', async () => {
  const userDataDir = freshProfile();
  const first = await launchExtension({ userDataDir });
  try {
    const { page, tabId } = await openAdvice(first, '127.0.0.1');
    await waitForHighlights(page);
    const popup = await openPopup(first, tabId);
    await siteSwitch(popup, '127.0.0.1').uncheck();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
  } finally {
    await first.close();
  }

  const second = await launchExtension({ userDataDir });
  try {
    // localhost is another site: its highlights prove the content script runs in this profile.
    const control = await openAdvice(second, 'localhost');
    await waitForHighlights(control.page);
    const { page, tabId } = await openAdvice(second, '127.0.0.1');
    const popup = await openPopup(second, tabId);
    await expect
      .poll(() => siteSwitch(popup, '127.0.0.1').isChecked(), { timeout: 10_000 })
      .toBe(false);
    expect(await highlightedTexts(page)).toEqual([]);
  } finally {
    await second.close();
  }
});

test('"only on the sites listed" mode, set on the options page, highlights listed sites only', async () => {
  const ext = await launchExtension();
  try {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('radio', { name: /Only on the sites listed/ }).check();
    await options.getByLabel('Add a site').fill(`http://localhost:${port}/`);
    await options.getByRole('button', { name: 'Add' }).click();
    await expect
      .poll(() => options.getByRole('button', { name: 'Remove localhost' }).count())
      .toBe(1);

    const listed = await openAdvice(ext, 'localhost');
    await waitForHighlights(listed.page);
    const unlisted = await openAdvice(ext, '127.0.0.1');
    const popup = await openPopup(ext, unlisted.tabId);
    const toggle = siteSwitch(popup, '127.0.0.1');
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(false);
    expect(await highlightedTexts(unlisted.page)).toEqual([]);

    // Switching it on in this mode adds it to the list.
    await toggle.check();
    await waitForHighlights(unlisted.page);
    await expect
      .poll(() => options.getByRole('button', { name: 'Remove 127.0.0.1' }).count())
      .toBe(1);
  } finally {
    await ext.close();
  }
});

test('the checklist keeps its ticks across reopening the popup', async () => {
  const ext = await launchExtension();
  try {
    const { page, tabId } = await openAdvice(ext, '127.0.0.1');
    await waitForHighlights(page);
    let popup = await openPopup(ext, tabId);
    const boxes = popup.locator('.checklist').getByRole('checkbox');
    await expect.poll(() => boxes.first().isEnabled()).toBe(true);
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await expect.poll(() => popup.getByText('2 of').count()).toBe(1);
    await popup.close();

    popup = await openPopup(ext, tabId);
    const again = popup.locator('.checklist').getByRole('checkbox');
    await expect.poll(() => again.nth(0).isChecked()).toBe(true);
    expect(await again.nth(1).isChecked()).toBe(false);
    expect(await again.nth(2).isChecked()).toBe(true);
  } finally {
    await ext.close();
  }
});

test('a page the content script cannot reach gets an explanation, not an empty popup', async () => {
  const ext = await launchExtension();
  try {
    const blank = await ext.context.newPage();
    await blank.goto('chrome://version/');
    const tabId = await activeTabId(ext, blank);
    const popup = await openPopup(ext, tabId);
    await expect
      .poll(() => popup.getByRole('heading', { name: /can’t read this page/ }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(await popup.getByRole('heading', { name: 'Home-care checklist' }).count()).toBe(1);
  } finally {
    await ext.close();
  }
});

/**
 * Reads what the toolbar shows for a tab, from inside the service worker (test-only code; the raw
 * extension API is a global there). `active` is the service worker's record of the tab's top
 * frame, which decides whether the icon is greyed: the action API cannot read an icon back.
 */
export async function toolbarState(
  ext: LaunchedExtension,
  tabId: number,
): Promise<{ text: string; active: boolean | null }> {
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) throw new Error('extension service worker not running');
  return worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const text = await api.action.getBadgeText({ tabId: id });
    const stored = await api.storage.session.get('badgeState');
    const frames = stored.badgeState?.[String(id)];
    return { text, active: frames?.['0']?.active ?? null };
  }, tabId);
}

interface ChromeApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    session: {
      get(
        key: string,
      ): Promise<{ badgeState?: Record<string, Record<string, { active: boolean }>> }>;
    };
  };
}
