import type { Stance } from './types.ts';

/** Why a sentence takes its stance; some rules and kinds trust only some reasons. */
export type Reason =
  'warns' | 'procedure' | 'recommends' | 'benefit' | 'harm' | 'futility' | 'plain';

export interface Verdict {
  stance: Stance;
  reason: Reason;
}
