// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The `scan` command as a user runs it: a real process, real files, the contract's output. */
const SCAN = resolve('src/cli/scan.ts');
let dir: string;

function scan(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [SCAN, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface Entry {
  file: string;
  error?: string;
  findings?: {
    start: number;
    end: number;
    text: string;
    kind: string;
    stance: string;
    severity: string;
  }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'milia-scan-'));
  writeFileSync(
    join(dir, 'advice.txt'),
    'Milia are harmless.\n\nSterilise a sewing needle and prick the milium to lift it out.\n',
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<html><head><title>milia</title><script>var milia = 1;</script></head><body><h1>Mil<b>ia</b> at home</h1><p>Use a sterilised needle to lift out the milia.</p><textarea>pop the milia</textarea></body></html>',
  );
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x6d, 0x69, 0x6c, 0x00, 0x01, 0x02]));
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 51 * 1024 * 1024);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Each test starts real `node` processes, and one loads the engine from source in one to two
 * seconds when the other test files run beside it on two cores: more than Vitest's 5 s default
 * for a test that starts two. This bounds a hang, it does not time the command.
 */
const SPAWNS = { timeout: 30_000 };

describe('scan --json', SPAWNS, () => {
  it('reports findings with offsets into the plain-text file exactly', () => {
    const { code, out } = scan(['--json', join(dir, 'advice.txt')]);
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as Entry[];
    const content =
      'Milia are harmless.\n\nSterilise a sewing needle and prick the milium to lift it out.\n';
    expect(entry?.file).toBe(join(dir, 'advice.txt'));
    for (const f of entry?.findings ?? []) expect(content.slice(f.start, f.end)).toBe(f.text);
    expect(entry?.findings?.map((f) => `${f.kind}:${f.stance}:${f.severity}`)).toContain(
      'diy-extraction:recommends:warning',
    );
  });

  it('reads HTML as a page: inline-split terms join, scripts and form fields are skipped', () => {
    const { code, out } = scan(['--json', join(dir, 'page.html')]);
    expect(code).toBe(0);
    const texts = (JSON.parse(out) as Entry[])[0]?.findings?.map((f) => f.text) ?? [];
    expect(texts).toContain('Milia');
    expect(texts.some((t) => t.startsWith('Use a sterilised needle'))).toBe(true);
    expect(texts.join(' ')).not.toContain('pop the milia');
    expect(texts.join(' ')).not.toContain('var milia');
  });

  it('reports each unreadable input by name, still scans the rest, and exits 1', () => {
    const files = ['missing.txt', 'binary.txt', 'folder', 'huge.txt', 'advice.txt'].map((f) =>
      join(dir, f),
    );
    const { code, out, err } = scan(['--json', ...files]);
    expect(code).toBe(1);
    const entries = JSON.parse(out) as Entry[];
    expect(entries.map((e) => e.file)).toEqual(files);
    expect(
      entries.slice(0, 4).every((e) => typeof e.error === 'string' && e.findings === undefined),
    ).toBe(true);
    expect(entries[0]?.error).toMatch(/no such file/);
    expect(entries[1]?.error).toMatch(/binary/);
    expect(entries[2]?.error).toMatch(/directory/);
    expect(entries[3]?.error).toMatch(/50 MB/);
    expect(entries[4]?.findings?.length).toBeGreaterThan(0);
    expect(err.trim().split('\n')).toHaveLength(4);
  });

  it('reads standard input when given no file or -', () => {
    for (const args of [['--json'], ['--json', '-']]) {
      const { code, out } = scan(args, 'Pop the milia with a safety pin.');
      expect(code).toBe(0);
      const [entry] = JSON.parse(out) as Entry[];
      expect(entry?.file).toBe('-');
      expect(entry?.findings?.some((f) => f.kind === 'diy-extraction')).toBe(true);
    }
  });

  it('exits 2 with the usage on an unknown option', () => {
    const { code, err } = scan(['--nope']);
    expect(code).toBe(2);
    expect(err).toMatch(/usage:/);
  });
});

describe('scan without --json', SPAWNS, () => {
  it('prints a readable report per file', () => {
    const out = execFileSync(process.execPath, [SCAN, join(dir, 'advice.txt')], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/advice\.txt: \d+ findings \(0 danger, 1 warning/);
    expect(out).toMatch(/line 3 +warning +diy-extraction:recommends/);
  });
});
