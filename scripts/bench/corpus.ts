import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { poolsFromCorpus, type SentencePools } from './text-gen.ts';

/**
 * The shared corpus sits beside the repository (`../shared/corpus`); MILIA_LENS_CORPUS points
 * elsewhere. Reading it is the only file access the generators need.
 */
export function corpusDir(): string {
  const fromEnv = process.env.MILIA_LENS_CORPUS;
  if (fromEnv) return fromEnv;
  return resolve(import.meta.dirname, '../../../shared/corpus');
}

export function loadPools(dir = corpusDir()): SentencePools {
  const dev = resolve(dir, 'dev.jsonl');
  const seed = resolve(dir, 'seed-article.txt');
  if (!existsSync(dev) || !existsSync(seed)) {
    throw new Error(`No corpus at ${dir}: set MILIA_LENS_CORPUS to the folder holding dev.jsonl.`);
  }
  return poolsFromCorpus(readFileSync(dev, 'utf8'), readFileSync(seed, 'utf8'));
}
