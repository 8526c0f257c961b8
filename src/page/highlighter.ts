import type { Severity } from '../engine/types.ts';
import { SEVERITIES } from '../engine/types.ts';
import { type HighlightStyle, highlightCss } from './highlight-styles.ts';
import { highlightName } from './paint.ts';

/**
 * Paints findings with the CSS Custom Highlight API: one Highlight per severity, registered as
 * `milia-lens-<severity>`, styled by one constructed stylesheet. The page's DOM is not touched.
 * Text inside an open shadow root is styled only by sheets of that shadow tree, so the same sheet
 * is adopted there too; everything adopted is taken back on destroy.
 */
export interface Highlighter {
  add(severity: Severity, range: AbstractRange): void;
  remove(severity: Severity, range: AbstractRange): void;
  /** Shows only the severities that are switched on, in the chosen style. */
  configure(shown: Record<Severity, boolean>, style: HighlightStyle): void;
  /** Makes highlights inside this shadow root visible (adopts the stylesheet there). */
  styleShadowRoot(root: ShadowRoot): void;
  destroy(): void;
}

type SheetHolder = Document | ShadowRoot;

/** Longest wait before new ranges are painted, on the biggest pages. */
const MAX_BATCH_WAIT_MS = 2000;

export function createHighlighter(doc: Document): Highlighter {
  const highlights = new Map<Severity, Highlight>(
    SEVERITIES.map((severity) => [severity, new Highlight()]),
  );
  let shown: Record<Severity, boolean> = {
    danger: true,
    warning: true,
    caution: true,
    info: true,
    agrees: true,
  };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss('underline'));
  const holders = new Set<SheetHolder>();

  const adopt = (holder: SheetHolder) => {
    if (holders.has(holder)) return;
    try {
      holder.adoptedStyleSheets = [...holder.adoptedStyleSheets, sheet];
      holders.add(holder);
    } catch {
      // A page that froze adoptedStyleSheets: the highlights are registered, only unstyled.
    }
  };
  const register = () => {
    for (const severity of SEVERITIES) {
      const name = highlightName(severity);
      const highlight = highlights.get(severity) as Highlight;
      if (shown[severity] && highlight.size > 0) {
        if (CSS.highlights.get(name) !== highlight) {
          adopt(doc);
          CSS.highlights.set(name, highlight);
        }
      } else if (CSS.highlights.has(name)) CSS.highlights.delete(name);
    }
  };
  // The document adopts the sheet only once something is painted: a new sheet makes the browser
  // restyle the whole page (over 100 ms on a 1 MB page), which a page with no findings never needs.

  // Ranges reach the Highlights in batches. Any change to a registered Highlight makes Chromium
  // rebuild the markers of every registered range at its next frame (about 0.5 s for 50,000
  // ranges here), so adding a big page's findings slice by slice cost that at every frame of the
  // scan. The first batch goes out at once, so the first highlight shows without delay; after
  // that a batch waits in proportion to how many ranges the rebuild will touch.
  const pending: [Severity, AbstractRange][] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let painted = 0;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    for (const [severity, range] of pending) highlights.get(severity)?.add(range);
    painted += pending.length;
    pending.length = 0;
    register();
  };
  const schedule = () => {
    if (timer === null) timer = setTimeout(flush, Math.min(MAX_BATCH_WAIT_MS, painted / 100));
  };

  return {
    add(severity, range) {
      pending.push([severity, range]);
      schedule();
    },
    remove(severity, range) {
      if (pending.length > 0) flush();
      const highlight = highlights.get(severity);
      if (highlight?.delete(range)) painted -= 1;
      if (highlight?.size === 0) register();
    },
    configure(nextShown, style) {
      shown = { ...nextShown };
      sheet.replaceSync(highlightCss(style));
      register();
    },
    styleShadowRoot: adopt,
    destroy() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.length = 0;
      for (const severity of SEVERITIES) {
        const name = highlightName(severity);
        if (CSS.highlights.get(name) === highlights.get(severity)) CSS.highlights.delete(name);
      }
      for (const holder of holders) {
        holder.adoptedStyleSheets = holder.adoptedStyleSheets.filter((s) => s !== sheet);
      }
      holders.clear();
    },
  };
}
