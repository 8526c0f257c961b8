import type { Severity } from '../engine/types.ts';
import { SEVERITIES } from '../engine/types.ts';

/** The name a severity's highlight is registered under (`../shared/contracts.md` section 3). */
export function highlightName(severity: Severity): string {
  return `milia-lens-${severity}`;
}

/** Replaces every Milia Lens highlight in the page with the given ranges, grouped by severity. */
export function paint(rangesBySeverity: Map<Severity, AbstractRange[]>): void {
  for (const severity of SEVERITIES) {
    const ranges = rangesBySeverity.get(severity);
    if (ranges && ranges.length > 0)
      CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(severity));
  }
}

/** Removes every Milia Lens highlight from the page. */
export function unpaint(): void {
  for (const severity of SEVERITIES) CSS.highlights.delete(highlightName(severity));
}
