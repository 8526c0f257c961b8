import { HOME_CARE_CHECKLIST } from '../evidence/checklist.ts';
import { RED_FLAGS } from '../evidence/red-flags.ts';
import { SOURCES } from '../evidence/sources.ts';
import type { Source } from '../evidence/types.ts';
import { Disclaimer, SourceLinks } from '../ui/note-card.tsx';

/** Every source the checklist and the red flags cite, once each, in the order first cited. */
const CITED: Source[] = [
  ...new Set([...HOME_CARE_CHECKLIST, ...RED_FLAGS].flatMap((entry) => entry.sources)),
].map((id) => SOURCES[id]);

/** Sources of what the popup shows, and the disclaimer the evidence sheet requires. */
export function About() {
  return (
    <footer class="about">
      <SourceLinks sources={CITED} />
      <Disclaimer />
    </footer>
  );
}
