/**
 * In-page functions for the hostile-page tests. They run in the page's main world next to page
 * scripts that may have replaced globals, so they keep their own references (taken by
 * `installProbe` before any page script runs), never call Array.prototype.push, and hand back
 * JSON text made with the real JSON.stringify (a page that replaces Array.prototype.push also
 * breaks Playwright's own serialisation of returned objects).
 */
interface Probe {
  CSS: typeof CSS;
  stringify: typeof JSON.stringify;
  perf: PerfRecord;
}

export interface ScriptTiming {
  url: string;
  invoker: string;
  duration: number;
}

export interface PerfRecord {
  longtasks: { start: number; duration: number }[];
  /** Long animation frames and the scripts that ran in them, with their source URLs. */
  frames: { start: number; duration: number; scripts: ScriptTiming[] }[];
}

/** Init script: keeps the real highlight registry and records long tasks and long frames. */
export const installProbe = () => {
  const w = window as unknown as { __probe?: Probe };
  if (w.__probe) return;
  const perf: PerfRecord = { longtasks: [], frames: [] };
  w.__probe = { CSS: window.CSS, stringify: JSON.stringify, perf };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        perf.longtasks[perf.longtasks.length] = { start: e.startTime, duration: e.duration };
      }
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        startTime: number;
        duration: number;
        scripts: { sourceURL: string; invoker: string; duration: number }[];
      }[]) {
        const scripts: ScriptTiming[] = [];
        for (const s of e.scripts) {
          scripts[scripts.length] = { url: s.sourceURL, invoker: s.invoker, duration: s.duration };
        }
        perf.frames[perf.frames.length] = { start: e.startTime, duration: e.duration, scripts };
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An engine without these entry types: the test's assertions say so.
  }
};

export interface FrameReport {
  /** `severity|text` of every Milia Lens highlight range in this frame. */
  found: string[];
  /** Blocks the page says hold findings; null when the page has no script to say. */
  expected: string[] | null;
  ready: boolean;
  hosts: number;
  perf: PerfRecord | null;
}

/** What the frame shows and says about itself, as JSON of a FrameReport. */
export const frameReport = (): string => {
  const w = window as unknown as {
    __probe?: Probe;
    __hostileExpected?: string[];
    __hostileReady?: boolean;
    hostile?: unknown;
  };
  const registry = (w.__probe?.CSS ?? CSS).highlights;
  const found: string[] = [];
  registry.forEach((highlight, name) => {
    if (!name.startsWith('milia-lens-')) return;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      found[found.length] = `${name.slice('milia-lens-'.length)}|${range.toString()}`;
    }
  });
  const report: FrameReport = {
    found,
    expected: w.__hostileExpected ?? null,
    ready: w.__hostileReady === true || w.hostile === undefined,
    hosts: document.querySelectorAll('milia-lens-ui').length,
    perf: w.__probe?.perf ?? null,
  };
  return (w.__probe?.stringify ?? JSON.stringify)(report);
};

/**
 * A hash of the frame's whole DOM (attributes, text, comments, open shadow roots, and closed
 * ones the page lists in `__closedRoots`), skipping the extension's one UI host. Equal hashes
 * with and without the extension mean it changed nothing of the page's own.
 */
export const domFingerprint = (): string => {
  const w = window as unknown as { __closedRoots?: [Element, ShadowRoot][]; __probe?: Probe };
  const closed = new Map<Element, ShadowRoot>(w.__closedRoots ?? []);
  let hash = 0x811c9dc5;
  let length = 0;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      hash ^= s.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    length += s.length;
  };
  const stack: (Node | string)[] = [document];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      feed(item);
      continue;
    }
    if (item.nodeType === Node.TEXT_NODE || item.nodeType === Node.COMMENT_NODE) {
      feed(`#${item.nodeType}${(item as CharacterData).data}`);
      continue;
    }
    const children = item.childNodes;
    if (item.nodeType === Node.ELEMENT_NODE) {
      const el = item as Element;
      if (el.localName === 'milia-lens-ui') continue;
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
      feed(`<${el.localName} ${attrs.join(' ')}>`);
      stack[stack.length] = `</${el.localName}>`;
      const shadow = el.shadowRoot ?? closed.get(el);
      if (shadow) stack[stack.length] = shadow;
    }
    for (let i = children.length - 1; i >= 0; i--) stack[stack.length] = children[i]!;
  }
  return (w.__probe?.stringify ?? JSON.stringify)({ hash: hash >>> 0, length });
};
