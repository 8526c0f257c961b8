/**
 * `npm run demo`: builds the extension, serves the seed article on localhost and opens Chromium with
 * Milia Lens loaded. With a display it opens a real window and waits; without one (or with
 * DEMO_HEADLESS=1) it runs headless and writes screenshots to demo-output/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { takeDemoScreenshots } from './lib/demo-screenshots.ts';
import { findChromium } from './lib/find-browser.ts';
import { launchExtension } from './lib/launch-extension.ts';
import { serveDirectory } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const outputDir = resolve(root, 'demo-output');

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

try {
  findChromium();
} catch (error) {
  fail((error as Error).message);
}

console.log('Building the extension…');
execFileSync(process.execPath, [resolve(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});

const server = await serveDirectory(resolve(root, 'demo'));
const articleUrl = `${server.url}seed-article.html`;
const headless =
  process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY || process.env.CI === 'true';
const browser = await launchExtension({ headless });

if (headless) {
  mkdirSync(outputDir, { recursive: true });
  try {
    const shots = await takeDemoScreenshots(browser, articleUrl, outputDir);
    console.log('Screenshots written:');
    for (const shot of shots) console.log(`  ${shot}`);
  } finally {
    await browser.close();
    await server.close();
  }
} else {
  const page = await browser.context.newPage();
  await page.goto(articleUrl);
  console.log(`Milia Lens is loaded. The article is open at ${articleUrl}`);
  console.log(
    'Hover a highlight to read its note; close the browser window or press Ctrl+C to end.',
  );
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on(
    'SIGINT',
    () =>
      void browser
        .close()
        .then(() => server.close())
        .then(() => process.exit(0)),
  );
}
