import type { Stance } from './types.ts';

/** Why a sentence takes its stance; some rules and kinds trust only some reasons. */
export type Reason =
  | 'warns'
  | 'procedure'
  | 'recommends'
  | 'benefit'
  | 'harm'
  | 'referral' // "see a dermatologist": turns away from DIY, but may name the clinician's removal
  | 'futility'
  | 'plain';

export interface Verdict {
  stance: Stance;
  reason: Reason;
}
