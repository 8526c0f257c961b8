import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchPage } from './page-gen.ts';

/** Where generated pages are written and served from (git-ignored). */
export const PAGES_DIR = resolve(import.meta.dirname, '../../bench-output/pages');

/** Writes the pages (plus an empty page for the append test) and returns the folder. */
export function writePages(pages: readonly BenchPage[], dir = PAGES_DIR): string {
  mkdirSync(dir, { recursive: true });
  for (const page of pages) writeFileSync(resolve(dir, page.file), page.html);
  writeFileSync(
    resolve(dir, 'empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><main></main></body></html>',
  );
  return dir;
}
