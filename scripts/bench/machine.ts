import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** What the figures were measured on: they mean little without it. */
export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  chromium?: string;
}

export function describeMachine(chromiumPath?: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpu = match[1].trim();
  } catch {
    // Not Linux: os.cpus() already named it.
  }
  const machine: Machine = { cpu, cores: cpus().length, node: process.version };
  if (chromiumPath) {
    try {
      machine.chromium = execFileSync(chromiumPath, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      machine.chromium = chromiumPath;
    }
  }
  return machine;
}

export function formatMachine(m: Machine): string {
  const browser = m.chromium ? `, ${m.chromium}` : '';
  return `Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}${browser}`;
}
