import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../../scripts/lib/launch-extension.ts';

let browser: LaunchedExtension;

beforeAll(async () => {
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Chromium silently skips a suggested key it reserves for itself, leaving the command unbound;
 * a fresh profile must come up with every keyboard command usable.
 */
test('every keyboard command gets its suggested key in a fresh profile', async () => {
  const worker = browser.context.serviceWorkers()[0];
  expect(worker).toBeDefined();
  const commands = (await worker?.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } };
      }
    ).chrome.commands.getAll(),
  )) as { name: string; shortcut: string }[];
  const shortcuts = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  expect(shortcuts).toMatchObject({
    'next-finding': 'Alt+Shift+J',
    'previous-finding': 'Alt+Shift+K',
    'toggle-site': 'Alt+Shift+M',
  });
});
