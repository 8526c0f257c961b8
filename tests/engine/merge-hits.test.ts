import { describe, expect, it } from 'vitest';
import { mergeByStart } from '../../src/engine/merge-hits.ts';
import { LAYERS } from '../../src/engine/rules/index.ts';
import type { Hit } from '../../src/engine/sentence-facts.ts';

const rule = LAYERS.advice[0];
if (!rule) throw new Error('no rule registered');
const hit = (start: number, tag: string): Hit & { tag: string } => ({
  rule,
  start,
  end: start + 1,
  tag,
});
const tags = (hits: readonly Hit[]) => hits.map((h) => (h as Hit & { tag: string }).tag);

/**
 * The layers' hits are judged in text order, and a layer named first wins a tie (its rule reads
 * first).
 */
describe('mergeByStart', () => {
  it('interleaves two sorted lists in text order', () => {
    const merged = mergeByStart([hit(1, 'a1'), hit(9, 'a9')], [hit(4, 'b4'), hit(12, 'b12')]);
    expect(tags(merged)).toEqual(['a1', 'b4', 'a9', 'b12']);
  });

  it('puts the first list first on a tie', () => {
    expect(tags(mergeByStart([hit(5, 'a5')], [hit(5, 'b5')]))).toEqual(['a5', 'b5']);
  });

  it('keeps either list whole when the other is empty', () => {
    expect(tags(mergeByStart([], [hit(2, 'b2'), hit(3, 'b3')]))).toEqual(['b2', 'b3']);
    expect(tags(mergeByStart([hit(2, 'a2')], []))).toEqual(['a2']);
  });
});
