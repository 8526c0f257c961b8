import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The benchmark builds the extension into its own folder, so it never measures (or clobbers)
 * a build someone else is using. `--no-build` reuses what is there.
 */
const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_OUT_DIR = resolve(ROOT, '.output-bench');

export type BenchBrowser = 'chrome' | 'firefox';

/** Where the build for `browser` lands (and where `--no-build` looks for it). */
export function benchBuildDir(browser: BenchBrowser): string {
  return resolve(BENCH_OUT_DIR, `${browser}-mv3`);
}

/**
 * Only Chrome's build is driven in the browser; Firefox's is built for its content script's
 * size, which differs (Firefox's build uses Firefox's own `browser` object).
 */
export function buildExtension(browser: BenchBrowser = 'chrome'): string {
  const wxtArgs = browser === 'firefox' ? ['build', '-b', 'firefox', '--mv3'] : ['build'];
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...wxtArgs], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: BENCH_OUT_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return benchBuildDir(browser);
}

/** Size of a built file, raw and gzipped at the level stores and servers use. */
export function fileSize(file: string): { raw: number; gzip: number } {
  const code = readFileSync(file);
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** Size of the built content script: what every page loads. */
export function contentScriptSize(extensionDir: string): { raw: number; gzip: number } {
  return fileSize(resolve(extensionDir, 'content-scripts/content.js'));
}

/**
 * The bundles the content script imports from the package only when a page needs them
 * (src/page/load-bundle.ts), and when that is: not part of what every page loads.
 */
export const LAZY_BUNDLES = [
  ['engine.js', 'once a page may name milia'],
  ['card.js', 'once a page has a finding to show'],
] as const;
