/**
 * `npm run size`: builds the Chrome extension with source maps into `.output-size/` and prints
 * what each folder and package costs the gzipped content script.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { costByGroup, defaultGroup, type SourceMap } from './size/attribute.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, '.output-size');
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: OUT, MILIA_LENS_SOURCEMAP: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const file = resolve(OUT, 'chrome-mv3/content-scripts/content.js');
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMap;
const { whole, groups } = costByGroup(code, map, defaultGroup);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`.padStart(9);
console.log(`content.js: ${kb(code.length)} raw, ${kb(whole)} gzip; each group's share:`);
for (const [group, bytes] of groups) console.log(`${kb(bytes)}  ${group}`);
