/**
 * `npm run --silent scan -- [--json] [FILE ...]`: the detection engine on files (contracts.md
 * section 2). Every input is reported in order; an unreadable one gets an error entry and a line
 * on standard error, and the rest are still scanned.
 */
import { detect } from '../engine/detect.ts';
import { type Input, readInput } from './read-input.ts';
import { formatReport } from './report.ts';

const USAGE =
  'usage: npm run --silent scan -- [--json] [FILE ...]   (no FILE, or -, reads standard input)';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(args: readonly string[]): Promise<number> {
  const flags = args.filter((a) => a.startsWith('-') && a !== '-');
  const unknown = flags.filter((f) => f !== '--json' && f !== '--help' && f !== '-h');
  if (unknown.length > 0 || flags.includes('--help') || flags.includes('-h')) {
    const help = unknown.length === 0;
    (help ? process.stdout : process.stderr).write(
      `${help ? '' : `scan: unknown option ${unknown[0]}\n`}${USAGE}\n`,
    );
    return help ? 0 : 2;
  }
  const json = flags.includes('--json');
  const files = args.filter((a) => !a.startsWith('-') || a === '-');
  const inputs: Input[] = [];
  for (const file of files.length > 0 ? files : ['-'])
    inputs.push(await readInput(file, readStdin));

  const results = inputs.map((input) =>
    'error' in input ? input : { file: input.file, text: input.text, findings: detect(input.text) },
  );
  for (const r of results) if ('error' in r) process.stderr.write(`scan: ${r.error}\n`);
  if (json) {
    const entries = results.map((r) => ('error' in r ? r : { file: r.file, findings: r.findings }));
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else {
    for (const r of results) {
      process.stdout.write(
        `${'error' in r ? `${r.file}: error: ${r.error}` : formatReport(r.file, r.text, r.findings)}\n`,
      );
    }
  }
  return results.some((r) => 'error' in r) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
