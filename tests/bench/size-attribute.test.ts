import { describe, expect, it } from 'vitest';
import {
  costByGroup,
  decodeSegment,
  defaultGroup,
  sourceOfEachChar,
} from '../../scripts/size/attribute.ts';

describe('content script size report', () => {
  it('decodes source map segments', () => {
    expect(decodeSegment('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeSegment('SACA')).toEqual([9, 0, 1, 0]);
    expect(decodeSegment('gBAAD')).toEqual([16, 0, 0, -1]);
  });

  it('credits each generated character to the source its segment names', () => {
    // "abc" from source 0, then "def" from source 1, on one line.
    const map = { sources: ['a.ts', 'b.ts'], mappings: 'AAAA,GCAA' };
    expect([...(sourceOfEachChar('abcdef', map)[0] ?? [])]).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('charges a group what the gzipped bundle loses without it, the biggest first', () => {
    const unique = Array.from({ length: 400 }, (_, i) => (i * 7919) % 997).join(',');
    const code = `${unique}x`;
    // Source 0 is every character but the last, source 1 the last.
    const map = {
      sources: ['src/page/big.ts', 'src/ui/x.ts'],
      mappings: `AAAA,${encodeColumn(unique.length)}CAA`,
    };
    const { whole, groups } = costByGroup(code, map, defaultGroup);
    expect(groups.map(([group]) => group)).toEqual(['src/page/', 'src/ui/']);
    expect(groups[0]?.[1]).toBeGreaterThan(whole / 2);
  });

  it('groups dependencies by package and project files by folder', () => {
    expect(defaultGroup('../../node_modules/@wxt-dev/storage/dist/index.mjs')).toBe(
      'npm:@wxt-dev/storage',
    );
    expect(defaultGroup('../../work/x/src/engine/rules/diy/needle.ts')).toBe('src/engine/rules/');
    expect(defaultGroup('../src/page/scanner.ts')).toBe('src/page/');
  });
});

/** Base64 VLQ of a non-negative column delta (enough for the test's one segment). */
function encodeColumn(value: number): string {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let vlq = value << 1;
  let out = '';
  do {
    let digit = vlq & 31;
    vlq >>= 5;
    if (vlq > 0) digit |= 32;
    out += BASE64[digit];
  } while (vlq > 0);
  return out;
}
