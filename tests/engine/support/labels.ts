import { detect } from '../../../src/engine/detect.ts';

/**
 * What the engine says about one part of `text`, as sorted "kind:stance" labels (milia names
 * left out): the sentence that starts at `sentence`'s first occurrence, or with `scope` 'line'
 * everything found from there to the end of its line.
 */
export function labelsOf(
  text: string,
  sentence: string,
  scope: 'sentence' | 'line' = 'sentence',
): string[] {
  const at = text.indexOf(sentence);
  if (at < 0) throw new Error(`not in the text: ${sentence}`);
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  return detect(text)
    .filter((f) => (scope === 'line' ? f.start >= at && f.start < lineEnd : f.start === at))
    .filter((f) => f.kind !== 'milia-term')
    .map((f) => `${f.kind}:${f.stance}`)
    .sort();
}
