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

/**
 * Which elements the rules name. A new sheet whose `::highlight` rules match every element makes
 * Chromium restyle the whole page in one task (about 100 ms per megabyte of text). Highlight
 * pseudo-elements inherit from their parent element's (CSS Pseudo-Elements 4, "highlight
 * inheritance"), so a rule on the root styles every text for a restyle of a few milliseconds.
 * Firefox (153) does not inherit them yet: there the rules must name every element.
 */
export type HighlightScope = 'root' | 'every-element';

/**
 * The scope of the default-look rules the manifest puts in every page of a build, from the
 * start (`scripts/build/page-rules.ts`): root-only where the browser inherits highlight styles
 * (Chromium), rules for every element in Firefox.
 */
export function pageRulesScope(browser: string): HighlightScope {
  return browser === 'firefox' ? 'every-element' : 'root';
}

/** The stylesheet text for all severities in the given style. */
export function highlightCss(
  style: HighlightStyle,
  scope: HighlightScope = 'every-element',
): string {
  const prefix = scope === 'root' ? ':root' : '';
  return Object.entries(SEVERITY_STYLES)
    .map(([severity, { color, line }]) => {
      const background = style === 'background' ? ` background-color: ${color}33;` : '';
      return (
        `${prefix}::highlight(${highlightName(severity as Severity)}) { text-decoration: ` +
        `underline ${line} ${color}; text-decoration-thickness: 2px; ` +
        `text-underline-offset: 0.2em;${background} }`
      );
    })
    .join('\n');
}

/**
 * Whether the highlight rules in `doc` (the manifest's, and any adopted sheet) reach its
 * elements: the body's highlight style as the browser computes it is the root's, not the body's
 * own. Any other answer (root-only rules in a browser without highlight inheritance, no rules at
 * all, or a browser that cannot say) means rules for every element, so text is never left
 * unstyled. Computing a style forces any pending restyle first: ask when the page has been
 * rendered since.
 */
export function highlightsInherit(doc: Document): boolean {
  const view = doc.defaultView;
  const root = doc.documentElement;
  const probe = doc.body ?? root?.firstElementChild;
  if (!view || !root || !probe) return false;
  const pseudo = `::highlight(${highlightName('danger')})`;
  try {
    const inherited = view.getComputedStyle(probe, pseudo).textDecorationColor;
    return (
      inherited === view.getComputedStyle(root, pseudo).textDecorationColor &&
      inherited !== view.getComputedStyle(probe).textDecorationColor
    );
  } catch {
    return false;
  }
}
