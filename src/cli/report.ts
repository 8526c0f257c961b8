import type { Finding } from '../engine/types.ts';

const ORDER = ['danger', 'warning', 'caution', 'info', 'agrees'];

/** The readable report: per file, counts by severity, then each finding with its line. */
export function formatReport(file: string, text: string, findings: readonly Finding[]): string {
  const counts = ORDER.map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`).join(
    ', ',
  );
  const lines = [`${file}: ${findings.length} findings (${counts})`];
  for (const f of findings) {
    const line = text.slice(0, f.start).split('\n').length;
    const snippet = f.text.replace(/\s+/g, ' ').slice(0, 100);
    lines.push(
      `  line ${line}  ${f.severity.padEnd(7)}  ${f.kind}:${f.stance}  "${snippet}"  [${f.noteId}]`,
    );
  }
  return lines.join('\n');
}
