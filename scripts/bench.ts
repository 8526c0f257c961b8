/**
 * `npm run bench`: the engine benchmark, then the page benchmark in the system Chromium (A/B/C on
 * generated pages, the real extension's load, heap and long tasks, the append test) and the
 * content script's size, as one table with each target and PASS/FAIL.
 *
 *   npm run bench                 build into .output-bench, measure, print the table
 *   npm run bench -- --json       the same rows as JSON on stdout (progress goes to stderr)
 *   npm run bench -- --markdown   the table in Markdown, as the README shows it
 *   npm run bench -- --no-build   reuse .output-bench/{chrome,firefox}-mv3 from an earlier run
 *   npm run bench -- --only=deep  only the pages whose file name contains "deep" (comma-separated)
 *   npm run bench -- --repeat=2   twice as many runs of everything in the browser
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPools } from './bench/corpus.ts';
import { runEngineBench } from './bench/engine-bench.ts';
import { engineRows } from './bench/engine-rows.ts';
import {
  BENCH_OUT_DIR,
  type BenchBrowser,
  benchBuildDir,
  buildExtension,
  contentScriptSize,
  fileSize,
} from './bench/extension-build.ts';
import { describeMachine, formatMachine } from './bench/machine.ts';
import { benchPages } from './bench/page-gen.ts';
import { appendRows, extensionRows, pageRows, sizeRows } from './bench/page-rows.ts';
import { formatMarkdown, formatTable, verdict } from './bench/report.ts';
import { runPages } from './bench/run-pages.ts';
import { generateParagraphs, sentenceSource } from './bench/text-gen.ts';
import { findChromium } from './lib/find-browser.ts';

const args = new Set(process.argv.slice(2));
const started = performance.now();
const log = (line: string) =>
  console.error(`bench [${((performance.now() - started) / 1000).toFixed(0)} s]: ${line}`);

let chromiumPath: string;
try {
  chromiumPath = findChromium();
} catch (error) {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
}

const pools = loadPools();
log('engine in Node');
const rows = engineRows(runEngineBench({ pools }));

function builtFor(browser: BenchBrowser): string {
  const dir = benchBuildDir(browser);
  if (args.has('--no-build') && existsSync(resolve(dir, 'manifest.json'))) {
    log(`reusing the build in ${dir}`);
    return dir;
  }
  log(`building the ${browser} extension into ${BENCH_OUT_DIR}`);
  return buildExtension(browser);
}
const extensionDir = builtFor('chrome');
const firefoxDir = builtFor('firefox');

log('generating pages');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const pages = benchPages(pools).filter(
  (page) => !only || only.split(',').some((part) => page.file.includes(part)),
);
const appendParagraphs = generateParagraphs(
  sentenceSource('milia-dense', pools, 21),
  1e9,
  22,
  1000,
);
const results = await runPages({
  chromium: chromiumPath,
  extensionDir,
  pages,
  appendParagraphs,
  appendPage: 'milia article 10 MB',
  repeat: Number(process.argv.find((arg) => arg.startsWith('--repeat='))?.slice(9) ?? 1),
  log,
});
/** The engine bundle, when the build has one (an older build bundled it into content.js). */
function engineSize(dir: string) {
  const file = resolve(dir, 'engine.js');
  return existsSync(file) ? fileSize(file) : undefined;
}
rows.push(
  ...pageRows(results.pages),
  ...extensionRows(results.extension),
  ...(results.append ? appendRows(results.append) : []),
  ...sizeRows('Chrome', contentScriptSize(extensionDir), engineSize(extensionDir)),
  ...sizeRows('Firefox', contentScriptSize(firefoxDir), engineSize(firefoxDir)),
);

const machine = describeMachine(chromiumPath);
const seconds = (performance.now() - started) / 1000;
const failed = rows.filter((row) => verdict(row) === 'FAIL').length;
if (args.has('--json')) {
  console.log(
    JSON.stringify(
      { machine, seconds, rows: rows.map((row) => ({ ...row, result: verdict(row) })) },
      null,
      2,
    ),
  );
} else {
  console.log(formatMachine(machine));
  console.log(args.has('--markdown') ? formatMarkdown(rows) : formatTable(rows));
  console.log(
    `${failed} of ${rows.filter((row) => row.target).length} targets missed; ran in ${seconds.toFixed(0)} s`,
  );
}
