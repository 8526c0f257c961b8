import type { PageResult } from './page-bench.ts';
import type { Row } from './report.ts';
import { type Summary, summarize } from './stats.ts';

/** The page benchmark's figures as report rows, with the targets from the performance issue. */

const SECTION = 'A/B/C in Chromium';

/** B/A targets by page: the 10 MB milia article, and the pages with no skin vocabulary. */
function lensTarget(name: string): Row['target'] {
  if (name === 'milia article 10 MB') return { op: '<=', value: 1.5 };
  if (name.startsWith('no skin words')) return { op: '<=', value: 1.1 };
  return undefined;
}

export function pageRows(results: readonly PageResult[]): Row[] {
  return results.flatMap((r) => {
    const rows: Row[] = [
      {
        section: SECTION,
        label: `${r.name}: A bare walk`,
        note: `${r.textNodes} text nodes, ${r.depth} deep`,
        unit: 'ms',
        figure: r.bare,
      },
      {
        section: SECTION,
        label: `${r.name}: B Milia Lens`,
        note: `${r.findings} findings`,
        unit: 'ms',
        figure: r.lens,
      },
      {
        section: SECTION,
        label: `${r.name}: restyle for a run-time sheet`,
        note: "browser only; the 'background' look's cost, not in B",
        unit: 'ms',
        figure: r.restyle,
      },
      {
        section: SECTION,
        label: `${r.name}: B/A`,
        unit: 'x',
        figure: r.lensOverBare,
        target: lensTarget(r.name),
      },
    ];
    if (r.mark.runs > 0) {
      rows.push(
        {
          section: SECTION,
          label: `${r.name}: C mark.js`,
          note: `${r.marks} marks`,
          unit: 'ms',
          figure: r.mark,
        },
        {
          section: SECTION,
          label: `${r.name}: C/B`,
          unit: 'x',
          figure: r.markOverLens,
          target: { op: '>=', value: 20 },
        },
      );
    }
    return rows;
  });
}

export interface ExtensionPageResult {
  name: string;
  firstHighlight: Summary;
  longestTask: Summary;
  longestTaskWithout: Summary;
  heapGrowthMb: Summary;
}

export function extensionRows(results: readonly ExtensionPageResult[]): Row[] {
  const section = 'real extension';
  return results.flatMap((r) => {
    const rows: Row[] = [];
    if (r.firstHighlight.runs > 0) {
      rows.push({
        section,
        label: `${r.name}: load to first highlight`,
        unit: 'ms',
        figure: r.firstHighlight,
      });
    }
    rows.push(
      {
        section,
        label: `${r.name}: longest task after DOMContentLoaded`,
        note: `page alone ${r.longestTaskWithout.median.toFixed(0)} ms`,
        unit: 'ms',
        figure: r.longestTask,
        target: { op: '<=', value: 50 },
      },
      {
        section,
        label: `${r.name}: JS heap growth`,
        unit: 'MB',
        figure: r.heapGrowthMb,
        target: r.name.includes('10 MB') ? { op: '<', value: 10 } : undefined,
      },
    );
    return rows;
  });
}

export interface AppendResult {
  page: string;
  /** Extension's share of main-thread time (with minus without), appending to the big page. */
  onPage: Summary;
  /** The same on an empty page: scanning the paragraphs alone. */
  alone: Summary;
  longestTask: Summary;
}

export function appendRows(r: AppendResult): Row[] {
  const section = 'appending 1,000 paragraphs';
  return [
    { section, label: `appended to ${r.page}`, unit: 'ms', figure: r.onPage },
    {
      section,
      label: 'appended to an empty page (scanning them alone)',
      unit: 'ms',
      figure: r.alone,
    },
    {
      section,
      label: 'cost on the page / cost alone',
      unit: 'x',
      figure: summarize([r.onPage.median / r.alone.median]),
      target: { op: '<=', value: 2 },
    },
    {
      section,
      label: `longest task after appending to ${r.page}`,
      unit: 'ms',
      figure: r.longestTask,
      target: { op: '<=', value: 50 },
    },
  ];
}

/**
 * One browser's built content script, raw and gzipped against the target (what every page
 * loads), and the engine bundle it imports only on pages that may name milia, apart.
 */
export function sizeRows(
  browser: string,
  size: { raw: number; gzip: number },
  engine?: { raw: number; gzip: number },
): Row[] {
  const section = 'content script';
  return [
    {
      section,
      label: `${browser} content.js raw`,
      unit: 'KB',
      figure: summarize([size.raw / 1024]),
    },
    {
      section,
      label: `${browser} content.js gzip`,
      unit: 'KB',
      figure: summarize([size.gzip / 1024]),
      target: { op: '<', value: 30 },
    },
    ...(engine
      ? [
          {
            section,
            label: `${browser} engine.js gzip (pages naming milia only)`,
            unit: 'KB',
            figure: summarize([engine.gzip / 1024]),
          },
        ]
      : []),
  ];
}
