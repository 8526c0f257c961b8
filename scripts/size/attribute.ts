import { gzipSync } from 'node:zlib';

/**
 * Which source files a bundle's bytes came from, read from its source map, and what each group
 * of files costs the gzipped bundle: the bundle gzipped without that group's bytes, subtracted
 * from the whole. Gzipping each part alone would overstate parts that share words with the rest.
 */

export interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source map segment (base64 VLQ). */
export function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** For each generated line, the source index of each character (-1 where none is mapped). */
export function sourceOfEachChar(code: string, map: SourceMap): Int32Array[] {
  const lines = code.split('\n');
  const mapped = map.mappings.split(';');
  let source = 0;
  return lines.map((line, l) => {
    const owners = new Int32Array(line.length).fill(-1);
    const segments = (mapped[l] ?? '').split(',').filter(Boolean);
    let column = 0;
    const starts: [number, number][] = [];
    for (const segment of segments) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      starts.push([column, fields.length > 1 ? source : -1]);
    }
    starts.forEach(([from, owner], i) =>
      owners.fill(owner, from, starts[i + 1]?.[0] ?? line.length),
    );
    return owners;
  });
}

/** Gzipped bytes each group saves when left out, largest first, and the whole bundle's size. */
export function costByGroup(
  code: string,
  map: SourceMap,
  groupOf: (source: string) => string,
): { whole: number; groups: [string, number][] } {
  const owners = sourceOfEachChar(code, map);
  const lines = code.split('\n');
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
  const whole = gzip(code);
  const groups = new Map<string, Set<number>>();
  map.sources.forEach((source, i) => {
    const group = groupOf(source);
    groups.set(group, (groups.get(group) ?? new Set()).add(i));
  });
  const costs: [string, number][] = [];
  for (const [group, members] of groups) {
    const kept = lines.map((line, l) =>
      [...line].filter((_, c) => !members.has(owners[l]?.[c] ?? -1)).join(''),
    );
    costs.push([group, whole - gzip(kept.join('\n'))]);
  }
  return { whole, groups: costs.sort((a, b) => b[1] - a[1]) };
}

/** A package by name, a project file by its folder (the engine's rules as one group). */
export function defaultGroup(source: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (dependency) return `npm:${dependency[1]}`;
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(src|entrypoints)\//, '$1/');
  if (path.startsWith('src/engine/rules/')) return 'src/engine/rules/';
  return path.replace(/[^/]+$/, '');
}
