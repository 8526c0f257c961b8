import { MILIA_MIN_LENGTH, mentionsMilia } from '../engine/milia-anchor.ts';
import { SLICE_MS, yieldToEventLoop } from './chunked-scan.ts';
import { isInlineName } from './collect-text.ts';

/** Enough of the text before a piece to catch a word split across pieces ("mi<b>li</b>a"). */
const TAIL = 12;
/** An element with more children than this is read child by child, each child whole. */
const WIDE = 32;
/** Children of a wide element read between two looks at the clock. */
const GROUP = 256;
/** Elements checked for a shadow root between two looks at the clock. */
const ELEMENT_STRIDE = 4096;
/**
 * A text node longer than this answers "maybe" unread: copying it out and testing it is one
 * step that cannot be sliced (tens of milliseconds for 10 MB in Firefox), and the collector reads
 * such a node in slices anyway.
 */
const HUGE_TEXT = 100_000;

/**
 * Whether `container` may hold a mention of milia. Until a page names milia the engine finds
 * nothing in it, so a page that never does (most of the web) should cost no more than reading
 * its text once. Testing every text node from script cost twice a bare walk; here the browser
 * joins the text of each child of a wide element (its textContent) and one regular expression
 * tests it. Script and style text are read too: a false "maybe" only costs the full read. An open shadow root answers "maybe": the collector reads it in full.
 */
export function mayMentionMilia(container: Node): boolean {
  for (const maybe of probes(container)) if (maybe) return true;
  return false;
}

/** The same answer, worked out in slices of at most `budgetMs` so a big page makes no long task. */
export async function mayMentionMiliaSliced(
  container: Node,
  budgetMs = SLICE_MS,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (const maybe of probes(container)) {
    if (maybe) {
      // The scan that follows starts a slice of its own, not the rest of this one.
      if (performance.now() - sliceStart >= 1) await yieldToEventLoop();
      return true;
    }
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return false;
}

/** True as soon as something may mention milia; false after each piece of work that did not. */
function* probes(container: Node): Generator<boolean, void, undefined> {
  if ((container as Partial<Element>).shadowRoot) {
    yield true;
    return;
  }
  const text = new TextProbe();
  const stack: Node[] = [container];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      const length = (node as Text).length;
      yield length > HUGE_TEXT || text.inline((node as Text).data);
      continue;
    }
    const children = node.childNodes;
    if (children.length > WIDE) {
      // Each child read whole by the browser: no visit to its descendants from script.
      let count = 0;
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (text.child(child)) {
          yield true;
          return;
        }
        if (++count % GROUP === 0) yield false;
      }
      yield false;
    } else {
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Node);
    }
  }
  const elements = allElements(container);
  // The list is live: elements may have gone while the sliced check yielded, so its length is
  // read again after each yield, not per element (that was about 5% of the pass).
  for (let i = 0, end = elements.length; i < end; end = elements.length) {
    for (const stop = Math.min(end, i + ELEMENT_STRIDE); i < stop; i += 1) {
      if (elements[i]?.shadowRoot) {
        yield true;
        return;
      }
    }
    yield false;
  }
}

const TEXT_NODE = 3;

/**
 * Tests pieces of text in page order. A block element's text is tested on its own: the engine
 * never reads across a block's edge. Text and inline elements may continue a word from the
 * piece before ("mil<b>ia</b>"), so the end of that piece is tested with their start.
 */
class TextProbe {
  private tail = '';

  child(node: Node): boolean {
    // As few calls into the browser as can be: a long list's children are thousands of blocks
    // and as many white-space text nodes between them, and reading `nodeType` as well cost
    // about 5% of the pass. Only an element has a local name (on a text node the lookup finds
    // nothing, with no call), and a text node's textContent is its data.
    const name = (node as Partial<Element>).localName;
    const text = node.textContent ?? '';
    if (name && !isInlineName(name)) {
      this.tail = '';
      return text.length >= MILIA_MIN_LENGTH && mentionsMilia(text);
    }
    return this.inline(text);
  }

  inline(text: string): boolean {
    // Too short to name milia alone (the white space between a list's blocks, half its
    // children): only the join below can find one there.
    if (text.length >= MILIA_MIN_LENGTH && mentionsMilia(text)) return true;
    if (this.tail === '') {
      this.tail = text.length > TAIL ? text.slice(-TAIL) : text;
      return false;
    }
    const joined = mentionsMilia(this.tail + text.slice(0, TAIL));
    this.tail = text.length >= TAIL ? text.slice(-TAIL) : (this.tail + text).slice(-TAIL);
    return joined;
  }
}

function allElements(container: Node): ArrayLike<Element> {
  if ('getElementsByTagName' in container) {
    return (container as Element).getElementsByTagName('*');
  }
  return (container as ParentNode).querySelectorAll('*');
}
