import type { Severity } from '../engine/types.ts';

/** The name a severity's highlight is registered under (`../shared/contracts.md` section 3). */
export function highlightName(severity: Severity): string {
  return `milia-lens-${severity}`;
}
