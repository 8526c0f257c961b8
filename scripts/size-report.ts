/**
 * `npm run size`: builds the Chrome extension with source maps into `.output-size/` and prints
 * what each folder and package costs the gzipped content script, which every page loads, then the
 * size of each bundle it imports only when a page needs it (the engine, the card). `-- --firefox` does the same for
 * the Firefox build, whose content script differs (no polyfill, see scripts/build/native-browser.ts);
 * `-- --no-build` reads the last build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileSize, LAZY_BUNDLES } from './bench/extension-build.ts';
import { costByGroup, defaultGroup, type SourceMap } from './size/attribute.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.output-size');
const firefox = process.argv.includes('--firefox');
if (!process.argv.includes('--no-build')) {
  const wxt = resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  execFileSync(process.execPath, [wxt, 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: OUT, MILIA_LENS_SOURCEMAP: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const dir = resolve(OUT, firefox ? 'firefox-mv3' : 'chrome-mv3');
const file = resolve(dir, 'content-scripts/content.js');
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMap;
const { whole, groups } = costByGroup(code, map, defaultGroup);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
console.log(
  `${firefox ? 'Firefox' : 'Chrome'} content.js: ${kb(code.length)} raw, ${kb(whole)} gzip; each group's share:`,
);
for (const [group, bytes] of groups) console.log(`${kb(bytes)}  ${group}`);
for (const [bundle, when] of LAZY_BUNDLES) {
  const { raw, gzip } = fileSize(resolve(dir, bundle));
  console.log(`${bundle}: ${kb(raw)} raw, ${kb(gzip)} gzip; not in content.js, loaded ${when}`);
}
