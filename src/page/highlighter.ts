import type { Severity } from '../engine/types.ts';
import { SEVERITIES } from '../engine/types.ts';
import { yieldToEventLoop } from './chunked-scan.ts';
import {
  type HighlightScope,
  type HighlightStyle,
  highlightCss,
  highlightsInherit,
  pageRulesScope,
} from './highlight-styles.ts';
import { highlightName } from './paint.ts';

/**
 * Paints findings with the CSS Custom Highlight API: one Highlight per severity, registered as
 * `milia-lens-<severity>`. The page's DOM is not touched. The default look's rules are the content
 * script's CSS, in the page from the start (`scripts/build/page-rules.ts`); one constructed
 * stylesheet is adopted only where those do not do: for another look, where the browser turns
 * out not to inherit root rules, and in open shadow roots (styled only by sheets of their own
 * tree). Everything adopted is taken back on destroy.
 */
export interface Highlighter {
  add(severity: Severity, range: AbstractRange): void;
  remove(severity: Severity, range: AbstractRange): void;
  /** A scan has settled: paint what is waiting now rather than after the batch delay. */
  settle(): void;
  /** Takes every range out (painted, waiting or in a batch being prepared). */
  clear(): void;
  /** Shows only the severities that are switched on, in the chosen style. */
  configure(shown: Record<Severity, boolean>, style: HighlightStyle): void;
  /** Makes highlights inside this shadow root visible (adopts the stylesheet there). */
  styleShadowRoot(root: ShadowRoot): void;
  destroy(): void;
}

type SheetHolder = Document | ShadowRoot;
type Highlights = Map<Severity, Highlight>;

/** What the manifest's rules name in this build's browser. */
const PAGE_SCOPE = pageRulesScope(import.meta.env.BROWSER);

/** Longest wait before new ranges are painted, on the biggest pages. */
const MAX_BATCH_WAIT_MS = 2000;
/** Ranges copied between two looks at the clock while a batch is prepared. */
const STRIDE = 512;
/** Milliseconds of copying before the event loop gets a turn. */
const SLICE_MS = 8;
/** Most ranges (painted and new) for which a batch is added to the registered Highlights. */
const IN_PLACE_LIMIT = 2000;

const emptyHighlights = (): Highlights =>
  new Map(SEVERITIES.map((severity) => [severity, new Highlight()]));

export function createHighlighter(doc: Document): Highlighter {
  let highlights = emptyHighlights();
  let shown: Record<Severity, boolean> = {
    danger: true,
    warning: true,
    caution: true,
    info: true,
    agrees: true,
  };
  // Made when first adopted: most pages never need it.
  let sheet: CSSStyleSheet | null = null;
  let style: HighlightStyle = 'underline';
  // The manifest's scope first; `every-element` once the document shows that the rules in it do
  // not reach its text (a Chromium older than highlight inheritance, or a document the
  // manifest's CSS did not reach): then the document adopts rules for every element.
  let scope: HighlightScope = PAGE_SCOPE;
  let scopeChecked = false;
  const holders = new Set<SheetHolder>();
  let destroyed = false;

  // Asked once, a frame after the first paint: asked at once, the question could force a pending
  // restyle inside this task.
  const checkScope = () => {
    if (scopeChecked) return;
    scopeChecked = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (destroyed || highlightsInherit(doc)) return;
        scope = 'every-element';
        sheet?.replaceSync(highlightCss(style, scope));
        adopt(doc);
      }, 0),
    );
  };
  const adopt = (holder: SheetHolder) => {
    if (holders.has(holder)) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss(style, scope));
    }
    try {
      holder.adoptedStyleSheets = [...holder.adoptedStyleSheets, sheet];
      holders.add(holder);
    } catch {
      // A page that froze adoptedStyleSheets: the highlights are registered, only unstyled.
    }
  };
  // A new sheet makes the browser restyle the whole page (over 100 ms on a 1 MB page): the
  // document adopts one only when something is painted and the manifest's rules do not do.
  const styleDocument = () => {
    if (style !== 'underline' || scope !== PAGE_SCOPE) adopt(doc);
    checkScope();
  };
  const register = () => {
    for (const severity of SEVERITIES) {
      const name = highlightName(severity);
      const highlight = highlights.get(severity) as Highlight;
      if (shown[severity] && highlight.size > 0) {
        styleDocument();
        if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      } else if (CSS.highlights.has(name)) CSS.highlights.delete(name);
    }
  };

  // Any change to a registered Highlight makes Chromium rebuild the markers of every registered
  // range at its next frame (seconds for 150,000 ranges), and adding 100,000 ranges in one go is
  // itself a 100 ms task. So new ranges wait in `pending`; a batch is prepared in a fresh,
  // unregistered Highlight (the painted ranges copied over, then the new ones, in short slices)
  // and swapped in with one registration: one rebuild per batch and no long task. The first
  // batch goes out at once, so the first highlight shows without delay; after that a batch
  // waits in proportion to how many ranges the rebuild will touch, or until a scan settles.
  // The painted ranges are also kept in plain sets, which are what a batch copies: a
  // Highlight's own iterator does not reach a Firefox content script through its wrappers.
  const pending = new Map<AbstractRange, Severity>();
  const painted = new Map<Severity, Set<AbstractRange>>(SEVERITIES.map((s) => [s, new Set()]));
  let next: Highlights | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Bumped by `clear`: a batch prepared before it must not register its stale copy afterwards.
  let generation = 0;
  const paintedCount = () => [...painted.values()].reduce((sum, set) => sum + set.size, 0);

  const prepare = async (): Promise<void> => {
    const started = generation;
    const stale = () => destroyed || generation !== started;
    const target = emptyHighlights();
    next = target;
    let sliceStart = performance.now();
    let count = 0;
    const pace = async () => {
      count += 1;
      if (count % STRIDE !== 0 || performance.now() - sliceStart < SLICE_MS) return;
      await yieldToEventLoop();
      sliceStart = performance.now();
    };
    // A range removed meanwhile leaves its set before it is reached, or `remove` takes it out
    // of `next` too.
    for (const [severity, ranges] of painted) {
      for (const range of ranges) {
        if (stale()) return;
        target.get(severity)?.add(range);
        await pace();
      }
    }
    // Only what waited when the batch began: ranges added meanwhile go in the next batch, or a
    // batch would chase a scan that is still adding and show nothing until it ends.
    let left = pending.size;
    for (const [range, severity] of pending) {
      if (stale()) return;
      if (left-- === 0) break;
      target.get(severity)?.add(range);
      painted.get(severity)?.add(range);
      pending.delete(range);
      await pace();
    }
    if (stale()) return;
    highlights = target;
    next = null;
    register();
    if (pending.size > 0) schedule();
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (next !== null || destroyed) return;
    if (paintedCount() + pending.size <= IN_PLACE_LIMIT) addInPlace();
    else void prepare();
  };
  // A few ranges more or less: added to the registered Highlights as they are. Registering a
  // new Highlight object instead made Chromium restyle the whole page (about 100 ms on a 10 MB
  // article, each time the view window of a huge page moved).
  const addInPlace = () => {
    for (const [range, severity] of pending) {
      highlights.get(severity)?.add(range);
      painted.get(severity)?.add(range);
    }
    pending.clear();
    register();
  };
  const schedule = () => {
    if (timer === null && next === null) {
      timer = setTimeout(flush, Math.min(MAX_BATCH_WAIT_MS, paintedCount() / 100));
    }
  };

  return {
    add(severity, range) {
      pending.set(range, severity);
      schedule();
    },
    remove(severity, range) {
      if (pending.delete(range)) return;
      painted.get(severity)?.delete(range);
      next?.get(severity)?.delete(range);
      const highlight = highlights.get(severity);
      highlight?.delete(range);
      if (highlight?.size === 0) register();
    },
    settle() {
      if (pending.size > 0) flush();
    },
    clear() {
      generation += 1;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      next = null;
      pending.clear();
      for (const set of painted.values()) set.clear();
      highlights = emptyHighlights();
      register();
    },
    configure(nextShown, nextStyle) {
      shown = { ...nextShown };
      if (nextStyle !== style) sheet?.replaceSync(highlightCss(nextStyle, scope));
      style = nextStyle;
      register();
    },
    styleShadowRoot: adopt,
    destroy() {
      destroyed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.clear();
      painted.clear();
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
