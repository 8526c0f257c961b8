import type { Kind, Severity, Stance } from './types.ts';

/** Who a sentence is about, when that raises the stakes of DIY advice. */
export interface Audience {
  eyeArea: boolean;
  infant: boolean;
}

/**
 * The contract's mapping (contracts.md section 1) in one place: the engine, the evidence tests
 * and the page layer all ask this function, so a severity can never disagree with its kind.
 */
export function severityOf(kind: Kind, stance: Stance, audience: Audience): Severity {
  if (stance === 'discourages') return 'agrees';
  if (kind === 'myth') return 'caution';
  if (stance === 'describes') return 'info';
  switch (kind) {
    case 'diy-extraction':
      return audience.eyeArea || audience.infant ? 'danger' : 'warning';
    case 'harsh-exfoliation':
    case 'diy-remedy':
    case 'eye-area':
    case 'infant':
      return 'caution';
    default:
      return 'info';
  }
}
