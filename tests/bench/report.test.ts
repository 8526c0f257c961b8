import { describe, expect, it } from 'vitest';
import { formatTable, verdict } from '../../scripts/bench/report.ts';
import { summarize } from '../../scripts/bench/stats.ts';

describe('benchmark report', () => {
  it('takes the median of the runs and keeps their spread', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('judges the median against the target, boundary included', () => {
    const row = (median: number, op: '<=' | '>=' | '<', value: number) => ({
      section: 's',
      label: 'l',
      unit: 'x',
      figure: { median, min: median, max: median, runs: 1 },
      target: { op, value },
    });
    expect(verdict(row(1.5, '<=', 1.5))).toBe('PASS');
    expect(verdict(row(1.51, '<=', 1.5))).toBe('FAIL');
    expect(verdict(row(20, '>=', 20))).toBe('PASS');
    expect(verdict(row(10, '<', 10))).toBe('FAIL');
    expect(verdict(row(Number.NaN, '<=', 1))).toBe('FAIL');
  });

  it('prints each target next to its figure with the verdict', () => {
    const table = formatTable([
      {
        section: 'content script',
        label: 'content.js gzip',
        unit: 'KB',
        figure: summarize([31.2]),
        target: { op: '<', value: 30 },
      },
    ]);
    expect(table).toContain('[content script]');
    expect(table).toMatch(/content\.js gzip\s+31\.2\s+31\.2\s+31\.2\s+KB\s+1\s+< 30\.0 KB\s+FAIL/);
  });
});
