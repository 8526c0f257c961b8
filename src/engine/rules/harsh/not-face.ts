import { NOT_FACE } from '../../lexicon/household.ts';

/** "Don't use a foot pumice on your face": the feet are the tool's, the face is where it goes. */
const ON_FACE = /\bon\s+(?:your|my|the|her|his|their)\s+face\b/iu;

/** The sentence is about scrubbing somewhere other than the face. */
export function offFace(text: string): boolean {
  return NOT_FACE.test(text) && !ON_FACE.test(text);
}
