import type { Finding } from './types.ts';

/**
 * Walking-skeleton engine: finds the words "milia" and "milium". The full rule engine replaces the
 * body of this function; its signature is the engine's public interface.
 */
export function detect(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/\bmili(?:a|um)\b/giu)) {
    const start = match.index;
    const end = start + match[0].length;
    findings.push({
      rule: 'milia-term',
      kind: 'milia-term',
      stance: 'describes',
      severity: 'info',
      start,
      end,
      text: match[0],
      noteId: 'milia-term.describes',
    });
  }
  return findings;
}
