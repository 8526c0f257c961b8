/**
 * Runs the engine beside this file's `../../src` on every case of a JSON file and writes what it
 * found. `engine-diff.ts` runs one copy against the working tree and one against a copy of this
 * file placed in an older tree, so each side loads its own engine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createPageDetector, detect } from '../../src/engine/detect.ts';

const [casesFile, outFile] = process.argv.slice(2);
if (!casesFile || !outFile) throw new Error('usage: run-cases.ts <cases.json> <out.json>');
const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as string[][];
const results = cases.map((blocks) => {
  const text = blocks.join('\n\n');
  const page = createPageDetector();
  return [
    detect(text, { aboutMilia: false }),
    detect(text, { aboutMilia: true }),
    blocks.map((block) => page.scan(block)),
  ];
});
writeFileSync(outFile, JSON.stringify(results));
