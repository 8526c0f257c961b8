import { fileURLToPath } from 'node:url';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../../scripts/lib/launch-extension.ts';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server.ts';
import { cardIsOpen, firstHighlightCenter } from './support/in-page.ts';
import { highlightedTexts, waitForHighlights } from './support/page-probes.ts';
import { activeTabId } from './support/tabs.ts';

/**
 * Privacy, watched from outside: every request the browser makes while a user reads pages, opens
 * cards, the popup and the options page. The extension must make none; the only traffic allowed
 * is the test's own page loads from 127.0.0.1 and the extension reading its own packaged files.
 */
let server: StaticServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await serveDirectory(fileURLToPath(new URL('./fixtures/', import.meta.url)));
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

interface Seen {
  url: string;
  type: string;
  /** The service worker that made it, or the frame it belongs to. */
  from: string;
}

function describeRequest(request: Request): Seen {
  let from = request.serviceWorker()?.url() ?? '';
  if (!from) {
    try {
      from = request.frame().url();
    } catch {
      from = '(no frame)';
    }
  }
  return { url: request.url(), type: request.resourceType(), from };
}

test('reading pages, opening cards, the popup and the options page sends nothing', async () => {
  const seen: Seen[] = [];
  ext.context.on('request', (request) => seen.push(describeRequest(request)));
  const own = `chrome-extension://${ext.extensionId}/`;

  // The recorder must see what the extension's own contexts fetch, or its silence proves nothing.
  const worker = ext.context.serviceWorkers()[0]!;
  await worker.evaluate((url) => fetch(url).then((r) => r.status), `${server.url}canary-worker`);

  for (const fixture of ['skeleton.html', 'hostile-messages.html']) {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}${fixture}`);
    await waitForHighlights(page);
    const point = await page.evaluate(firstHighlightCenter);
    expect(point, fixture).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => page.evaluate(cardIsOpen), { timeout: 5_000 }).toBe(true);

    const popup = await ext.context.newPage();
    await popup.goto(`${own}popup.html?tab=${await activeTabId(ext, page)}`);
    await expect
      .poll(() => popup.getByText(new URL(server.url).host).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await popup.evaluate((url) => fetch(url).then((r) => r.status), `${server.url}canary-page`);
  }
  const options = await ext.context.newPage();
  await options.goto(`${own}options.html`);
  await options.waitForLoadState('networkidle');

  const canaries = seen.filter((r) => r.url.includes('/canary-'));
  expect(canaries.map((r) => [r.url.slice(server.url.length), r.from.startsWith(own)])).toEqual([
    ['canary-worker', true],
    ['canary-page', true],
    ['canary-page', true],
  ]);
  const unexpected = seen.filter(
    (r) =>
      !r.url.includes('/canary-') &&
      !r.url.startsWith(own) &&
      !(r.url.startsWith(server.url) && r.type === 'document'),
  );
  expect(unexpected).toEqual([]);
  // And the extension asked for nothing outside its own package.
  expect(seen.filter((r) => r.from.startsWith(own) && !r.url.startsWith(own)).length).toBe(3);
});

test('a page has no channel to the extension, and forged messages change nothing', async () => {
  const advice = await ext.context.newPage();
  await advice.goto(`${server.url}hostile-messages.html`);
  await waitForHighlights(advice);
  const other = await ext.context.newPage();
  await other.goto(`http://localhost:${new URL(server.url).port}/hostile-messages.html`);
  await waitForHighlights(other);
  const before = { advice: await highlightedTexts(advice), other: await highlightedTexts(other) };
  const settingsBefore = await storedSettings(ext);

  const channel = await advice.evaluate(() => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
    return typeof w.chrome?.runtime?.sendMessage;
  });
  expect(channel).toBe('undefined');

  await advice.evaluate((id) => {
    const forged: unknown[] = [
      { type: 'describe' },
      { type: 'reveal', index: 0 },
      { type: 'command', command: 'next-finding' },
      {
        type: 'counts',
        counts: { danger: 99, warning: 99, caution: 0, info: 0, agrees: 0 },
        active: false,
      },
      { type: 'toggle-site' },
      { settings: { version: 1, paused: true } },
      {
        type: `${id}:content:wxt:content-script-started`,
        contentScriptName: 'content',
        messageId: 'x',
      },
    ];
    for (const message of forged) {
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      document.dispatchEvent(new CustomEvent('message', { detail: message }));
    }
    // WXT's "a newer copy of this content script started" announcement, forged by the page.
    document.dispatchEvent(
      new CustomEvent(`${id}:content:wxt:content-script-started`, {
        detail: { contentScriptName: 'content', messageId: 'forged' },
      }),
    );
  }, ext.extensionId);
  // Give any listener that wrongly trusted them time to act.
  await advice.waitForTimeout(1_000);

  expect(await highlightedTexts(advice)).toEqual(before.advice);
  // The content script still runs in the page: new text is read and painted.
  await advice.evaluate(() => {
    document.getElementById('mention')!.append(' Another milium.');
  });
  await expect
    .poll(() => highlightedTexts(advice).then((h) => h.flatMap(([, t]) => t).length))
    .toBeGreaterThan(before.advice.flatMap(([, t]) => t).length);
  expect(await highlightedTexts(other)).toEqual(before.other);
  expect(await storedSettings(ext)).toEqual(settingsBefore);
});

/** Everything the extension keeps in storage.local, read from the service worker. */
function storedSettings(launched: LaunchedExtension): Promise<unknown> {
  const worker = launched.context.serviceWorkers()[0]!;
  return worker.evaluate(() => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(): Promise<unknown> } } } }
    ).chrome;
    return api.storage.local.get();
  });
}
