/**
 * One block of page text as the walk in `collect-text.ts` gathers it: its text nodes, where each
 * begins, and the block's text read once the block ends.
 */

/** A block of text and where each piece of it lives in the DOM. */
export interface TextBlock {
  text: string;
  /** The text nodes whose data make up `text`, in order. */
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
}

/**
 * Gathers one block's text nodes by their lengths, then reads the block's text. Every string a
 * page hands to script costs Chromium an external string and a weak handle in its string cache,
 * and a full garbage collection clears them: reading each text node's `data` (257,000 of them on
 * the bench's 10 MB article) made that collection's pause 50 to 65 ms, inside a scan slice, most
 * of it clearing those strings (a CDP trace of the load, its `V8.GC_*` phases). A node's
 * `length` is no string, and a block that is the whole text of one element (most paragraphs, list
 * items and headings) is read as that element's `textContent`: one string for the block.
 */
export class BlockBuilder {
  private nodes: Text[] = [];
  private starts: number[] = [];
  private length = 0;
  /** The element whose whole text the current block is, while nothing says otherwise. */
  private whole: Node | null = null;

  /** A block element (or the walk's root) was entered: its text begins a block. */
  begin(el: Node): void {
    this.whole = el;
  }

  /** Part of the element's text is not the block's (a skipped element): it is not read whole. */
  leaveOut(): void {
    this.whole = null;
  }

  add(node: Text): void {
    const length = node.length;
    if (length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.length += length;
  }

  /**
   * Ends the current block and returns it; a block of nothing but white space gives null.
   * `closing` is the element the walk is leaving, when it is leaving one.
   */
  flush(closing?: Node): TextBlock | null {
    let block: TextBlock | null = null;
    if (this.nodes.length > 0) {
      const text = this.text(closing !== undefined && closing === this.whole ? closing : null);
      if (text.trim().length > 0) block = { text, nodes: this.nodes, starts: this.starts };
    }
    this.nodes = [];
    this.starts = [];
    this.length = 0;
    this.whole = null;
    return block;
  }

  /**
   * The nodes' text, joined. `whole`'s text is that of every text node in it, ours and any the
   * walk does not show (an XML page's CDATA); when it is exactly as long as ours, those are empty.
   */
  private text(whole: Node | null): string {
    const { nodes } = this;
    if (nodes.length === 1) return (nodes[0] as Text).data;
    const text = whole?.textContent;
    if (text?.length === this.length) return text;
    return nodes.map((node) => node.data).join('');
  }
}
