import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtExtensionDir } from '../../scripts/lib/launch-extension.ts';
import { builtFirefoxDir } from '../../scripts/lib/launch-firefox.ts';

/**
 * Least privilege, pinned: adding a permission must be a deliberate change to this test. Runs on
 * the build that `npm run test:e2e` makes first.
 */
const manifest = JSON.parse(readFileSync(join(builtExtensionDir(), 'manifest.json'), 'utf8'));
const firefox = JSON.parse(readFileSync(join(builtFirefoxDir(), 'manifest.json'), 'utf8'));

test('asks for storage only, and no host permissions', () => {
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
});

test('keeps the default extension content security policy', () => {
  expect(manifest.content_security_policy).toBeUndefined();
});

test('declares the minimum Chrome that can import the card bundle from its per-session address', () => {
  // The Custom Highlight API needs 105; importing a use_dynamic_url file from a content script,
  // 132 (Chromium commit ec6cd0c, "Fix import of dynamic URL resources").
  expect(manifest.minimum_chrome_version).toBe('132');
});

test('ships no remote code: every script is a local file', () => {
  const scripts = [
    manifest.background?.service_worker,
    ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
  ];
  for (const script of scripts) expect(script).toMatch(/^[\w/.-]+\.js$/);
  const js = listFiles(builtExtensionDir()).filter((f) => f.endsWith('.js'));
  for (const file of js) {
    const source = readFileSync(file, 'utf8');
    expect(source, file).not.toMatch(/\bimportScripts\s*\(\s*['"]https?:/);
    expect(source, file).not.toMatch(/\bimport\s*\(\s*['"]https?:/);
  }
});

test('the Firefox build asks for the same, and declares it collects no data', () => {
  expect(firefox.permissions).toEqual(['storage']);
  expect(firefox.host_permissions).toBeUndefined();
  expect(firefox.optional_permissions).toBeUndefined();
  expect(firefox.content_security_policy).toBeUndefined();
  expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
    required: ['none'],
  });
});

/**
 * The web-accessible files are the two bundles the content script imports when it first needs
 * them: the engine once a page may name milia, the card once a page has a finding to show (a
 * content script can import only web-accessible files, in Firefox too). Chrome serves them only
 * under a per-session id (`use_dynamic_url`), so a page cannot probe the fixed one. Firefox has
 * no such option; it serves every extension file under a random id of each install, which a page
 * has no way to learn (security.test.ts).
 */
test('pages cannot reach the extension: no externally_connectable, only the card and engine bundles are web-accessible', () => {
  for (const m of [manifest, firefox]) expect(m.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toEqual([
    { resources: ['card.js', 'engine.js'], matches: ['<all_urls>'], use_dynamic_url: true },
  ]);
  expect(firefox.web_accessible_resources).toEqual([
    { resources: ['card.js', 'engine.js'], matches: ['<all_urls>'] },
  ]);
});

/**
 * The one stylesheet the extension puts in every page (and frame) it runs in: the default look of
 * its own highlights, which a page's own elements can never match. Anything else there could
 * restyle the page, so this pins it to `::highlight(milia-lens-<severity>)` rules.
 */
test.each([
  ['Chrome', manifest, builtExtensionDir(), ':root'],
  ['Firefox', firefox, builtFirefoxDir(), ''],
])('the %s build injects only rules for its own highlights', (_name, m, dir, prefix) => {
  expect(m.content_scripts).toHaveLength(1);
  const [script] = m.content_scripts;
  expect(script.css).toEqual(['content-scripts/content.css']);
  expect(script.js).toEqual(['content-scripts/content.js']);
  expect(script.all_frames).toBe(true);
  const css = readFileSync(join(dir, script.css[0]), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  // Nothing outside plain rules: no at-rules, no nesting, no stray selectors.
  expect(css.replace(/([^{}]+)\{([^{}]*)\}/g, '').trim()).toBe('');
  const selectors = rules.map(([, selector]) => selector!.trim());
  const severities = ['danger', 'warning', 'caution', 'info', 'agrees'];
  expect(selectors.sort()).toEqual(
    severities.map((s) => `${prefix}::highlight(milia-lens-${s})`).sort(),
  );
  for (const [, , body] of rules) {
    const properties = body!.split(';').map((declaration) => declaration.split(':')[0]!.trim());
    for (const property of properties.filter(Boolean))
      expect(property).toMatch(/^(-webkit-)?text-(decoration|underline)(-[a-z]+)?$/);
  }
});

test('no eval, no new Function, no string timers in any built script', () => {
  for (const file of builtScripts()) {
    const source = readFileSync(file, 'utf8');
    expect(source, file).not.toMatch(/(?<![\w$.])eval\s*\(/);
    expect(source, file).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(source, file).not.toMatch(/\bset(?:Timeout|Interval)\s*\(\s*['"`]/);
  }
});

/**
 * The only innerHTML in the bundles is Preact's `dangerouslySetInnerHTML` branch, which our code
 * never reaches (a lint rule bans the prop). Any other innerHTML or outerHTML write fails here.
 * It is also what `web-ext lint` warns about, once per bundle holding Preact (the README lists its warnings).
 */
test("the only innerHTML write is Preact's unused dangerouslySetInnerHTML branch", () => {
  for (const file of builtScripts()) {
    const source = readFileSync(file, 'utf8');
    const writes = [...source.matchAll(/\.(?:inner|outer)HTML\s*=(?!=)|insertAdjacentHTML/g)];
    // Setting the prop's markup, and clearing it (an empty literal) when the prop goes away.
    const preact = [...source.matchAll(/\.innerHTML\s*=\s*(?:\w+\.__html\b|``|''|"")/g)];
    expect(writes.length, file).toBe(preact.length);
  }
});

/**
 * The Firefox build uses Firefox's own promise-based `browser` (scripts/build/native-browser.ts):
 * webextension-polyfill would hand it back unchanged there, yet its code cost every page 2.4 KB
 * gzip. Chrome's build keeps the polyfill.
 */
test("only Chrome's build carries webextension-polyfill", () => {
  const polyfill = 'This script should only be loaded in a browser extension';
  const carrying = (dir: string) =>
    listFiles(dir).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes(polyfill));
  expect(carrying(builtFirefoxDir())).toEqual([]);
  expect(carrying(builtExtensionDir())).toContain(
    join(builtExtensionDir(), 'content-scripts/content.js'),
  );
});

function builtScripts(): string[] {
  return [builtExtensionDir(), builtFirefoxDir()]
    .flatMap(listFiles)
    .filter((f) => f.endsWith('.js'));
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
