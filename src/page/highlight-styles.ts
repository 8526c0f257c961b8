import type { Severity } from '../engine/types.ts';
import { highlightName } from './paint.ts';

/**
 * How each severity looks. Every severity differs in line style as well as colour, so nobody
 * needs to tell colours apart; each colour keeps at least 3:1 contrast against both white and
 * black, so the marks stay visible on light and dark pages alike.
 */
export const SEVERITY_STYLES: Record<Severity, { color: string; line: string }> = {
  danger: { color: '#d55e00', line: 'double' },
  warning: { color: '#b8860b', line: 'wavy' },
  caution: { color: '#b45f98', line: 'dashed' },
  info: { color: '#0072b2', line: 'dotted' },
  agrees: { color: '#009e73', line: 'solid' },
};

export type HighlightStyle = 'underline' | 'background';

/** The stylesheet text for all severities in the given style. */
export function highlightCss(style: HighlightStyle): string {
  return Object.entries(SEVERITY_STYLES)
    .map(([severity, { color, line }]) => {
      const background = style === 'background' ? ` background-color: ${color}33;` : '';
      return (
        `::highlight(${highlightName(severity as Severity)}) { text-decoration: underline ${line} ` +
        `${color}; text-decoration-thickness: 2px; text-underline-offset: 0.2em;${background} }`
      );
    })
    .join('\n');
}
