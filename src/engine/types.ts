/**
 * The vocabulary of a finding, shared by the engine, the evidence, the page layer, the popup and
 * the `scan` command. It mirrors `../shared/contracts.md` section 1 exactly: other tools parse
 * these strings, so they are part of the public contract.
 */

export const KINDS = [
  'milia-term',
  'diy-extraction',
  'harsh-exfoliation',
  'diy-remedy',
  'professional',
  'eye-area',
  'infant',
  'myth',
] as const;
export type Kind = (typeof KINDS)[number];

export const STANCES = ['recommends', 'discourages', 'describes'] as const;
export type Stance = (typeof STANCES)[number];

/** Most severe first: the order cards and lists show them in. */
export const SEVERITIES = ['danger', 'warning', 'caution', 'info', 'agrees'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One thing the engine found. Offsets are UTF-16 code units into the scanned text. */
export interface Finding {
  /** Id of the rule that produced it. */
  rule: string;
  kind: Kind;
  stance: Stance;
  severity: Severity;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)` of the scanned text. */
  text: string;
  /** Id of the evidence note shown for this finding. */
  noteId: string;
}
