/**
 * `node scripts/engine-diff.ts [ref] [--runs=N]`: for speed work that must not change what the
 * engine finds. Runs `detect` (with and without `aboutMilia`) and a page detector fed block by
 * block, at `ref` (default `main`, extracted with `git archive`) and in the working tree, on the
 * dev corpus, the seed article, the benchmark texts, every rule example and N generated passages
 * (default 5,000). Prints the first differences and exits 1 if there is any.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { RULES } from '../src/engine/rules/index.ts';
import { corpusDir, loadPools } from './bench/corpus.ts';
import { generateText } from './bench/text-gen.ts';
import { extractRef, ROOT } from './engine-diff/extract-ref.ts';

const RUNNER = 'scripts/engine-diff/run-cases.ts';
const ref = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'main';
const runs = Number(/--runs=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 5000);

/** Each case is a list of blocks: `detect` reads them joined, the page detector one by one. */
const cases: { label: string; blocks: string[] }[] = [];
const add = (label: string, blocks: string[]) => cases.push({ label, blocks });

interface CorpusPage {
  id: string;
  paragraphs: { text: string }[][];
}
const dir = corpusDir();
const pages = readFileSync(resolve(dir, 'dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusPage);
for (const page of pages) {
  add(
    page.id,
    page.paragraphs.map((p) => p.map((s) => s.text).join(' ')),
  );
  // One block per sentence, as list items reach the page detector.
  add(
    `${page.id}, a block per sentence`,
    page.paragraphs.flat().map((s) => s.text),
  );
}
const seed = readFileSync(resolve(dir, 'seed-article.txt'), 'utf8');
add('seed article', [seed]);
add('seed article, by paragraph', seed.split(/\n\s*\n/));
const pools = loadPools(dir);
for (const kind of ['milia-dense', 'unrelated', 'no-skin'] as const) {
  const text = generateText(kind, pools, 1_000_000, 11);
  add(`bench ${kind}`, [text]);
  add(`bench ${kind}, by paragraph`, text.split('\n\n').slice(0, 3000));
}
const examples = RULES.flatMap((rule) => rule.examples.map((example) => example.text));
for (const example of examples) add('rule example', [example]);

const noise = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    ...['\n', '\n\n', '\r\n', '  ', '\u00AD', '\u200F', '\u0000', '’', '…', '?', '.', ', ', ';'],
    ...['1) ', '- ', ': ', 'Step 2: ', "Don'ts", 'MILIA', 'İ', '\u212A', 'e.g.', 'Dr. '],
    ...['_needle', '#11 blade', 'No. 11 blade', 'oil seeds'],
  ),
);
const glue = fc.constantFrom(' ', '\n', '\n\n', '');
const passage = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...examples), noise), { maxLength: 14 }), glue)
  .map(([parts, joint]) => parts.join(joint));
const generated = fc.sample(fc.array(passage, { minLength: 1, maxLength: 4 }), {
  numRuns: runs,
  seed: 42,
});
for (const blocks of generated) add('generated', blocks);

const work = extractRef(ref, 'engine-diff-');
const casesFile = resolve(work, 'cases.json');
writeFileSync(casesFile, JSON.stringify(cases.map((c) => c.blocks)));
mkdirSync(resolve(work, 'scripts/engine-diff'), { recursive: true });
copyFileSync(resolve(ROOT, RUNNER), resolve(work, RUNNER));

/** What the engine at `root` finds in every case. */
function findingsAt(root: string, name: string): unknown[] {
  const out = resolve(work, `${name}.json`);
  execFileSync(process.execPath, [resolve(root, RUNNER), casesFile, out], { stdio: 'inherit' });
  return JSON.parse(readFileSync(out, 'utf8')) as unknown[];
}
const before = findingsAt(work, 'before');
const after = findingsAt(ROOT, 'after');
rmSync(work, { recursive: true });

const differing = cases.filter((_, i) => !isDeepStrictEqual(before[i], after[i]));
for (const { label, blocks } of differing.slice(0, 5)) {
  console.log(`${label}:`, JSON.stringify(blocks.join('\n\n').slice(0, 400)));
}
console.log(`${cases.length} cases against ${ref}, ${differing.length} with different findings`);
process.exitCode = differing.length > 0 ? 1 : 0;
