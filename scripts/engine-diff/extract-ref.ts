/**
 * A copy of the engine as it was at a git ref, for the scripts that set it beside the working
 * tree (`engine-diff.ts` for findings, `engine-speed.ts` for time).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Extracts `src` at `ref` into a new temporary folder and returns that folder. */
export function extractRef(ref: string, prefix: string): string {
  const work = mkdtempSync(resolve(tmpdir(), prefix));
  const archive = execFileSync('git', ['archive', ref, 'src'], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', work], { input: archive });
  return work;
}
