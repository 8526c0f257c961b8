import type { Summary } from './stats.ts';

/**
 * One line of the benchmark's report: a measured figure, the target it is held to (if any) and
 * whether the median meets it. Both the printed table and the `--json` output are built from
 * these rows, so they never disagree.
 */
export interface Target {
  op: '<=' | '>=' | '<';
  value: number;
}

export interface Row {
  section: string;
  label: string;
  unit: string;
  figure: Summary;
  target?: Target;
  /** Extra words shown after the figure, e.g. what a ratio compares. */
  note?: string;
}

export type Verdict = 'PASS' | 'FAIL' | '';

export function verdict(row: Row): Verdict {
  if (!row.target) return '';
  const v = row.figure.median;
  if (!Number.isFinite(v)) return 'FAIL';
  const { op, value } = row.target;
  const ok = op === '<=' ? v <= value : op === '>=' ? v >= value : v < value;
  return ok ? 'PASS' : 'FAIL';
}

/** Three significant figures, no exponent: readable for 0.42 ms and for 1234 MB/s alike. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

function targetText(target: Target | undefined, unit: string): string {
  if (!target) return '';
  return `${target.op} ${formatNumber(target.value)}${unit ? ` ${unit}` : ''}`;
}

/** The rows as an aligned plain-text table, one block per section. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['measure', 'median', 'min', 'max', 'unit', 'runs', 'target', 'result'];
  const lines = rows.map((row) => [
    row.note ? `${row.label} (${row.note})` : row.label,
    formatNumber(row.figure.median),
    formatNumber(row.figure.min),
    formatNumber(row.figure.max),
    row.unit,
    String(row.figure.runs),
    targetText(row.target, row.unit),
    verdict(row),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const render = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const out = [render(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  lines.forEach((cells, i) => {
    const section = rows[i]?.section;
    if (section !== rows[i - 1]?.section) out.push(`[${section}]`);
    out.push(render(cells));
  });
  return out.join('\n');
}

/** The same rows as a Markdown table, for pasting into the README. */
export function formatMarkdown(rows: readonly Row[]): string {
  const out = [
    '| section | measure | median (min–max) | target | result |',
    '|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const f = row.figure;
    const spread = f.runs > 1 ? ` (${formatNumber(f.min)}–${formatNumber(f.max)})` : '';
    const label = row.note ? `${row.label} (${row.note})` : row.label;
    out.push(
      `| ${row.section} | ${label} | ${formatNumber(f.median)}${spread} ${row.unit} | ${targetText(row.target, row.unit)} | ${verdict(row)} |`,
    );
  }
  return out.join('\n');
}
