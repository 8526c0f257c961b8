import type { Hit } from './sentence-facts.ts';

/**
 * Two lists in text order, merged; on a tie the first list's hit comes first (layer order).
 * One loop: V8 optimised an outer loop with a tail loop or `concat` after it mid-call, before
 * the tail had ever run, and threw that code away on every dense page.
 */
export function mergeByStart(first: readonly Hit[], second: readonly Hit[]): Hit[] {
  const merged: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (b !== undefined && (a === undefined || b.start < a.start)) {
      merged.push(b);
      j += 1;
    } else {
      merged.push(a as Hit);
      i += 1;
    }
  }
  return merged;
}
