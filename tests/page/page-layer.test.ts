import { describe, expect, test } from 'vitest';
import { runChunked } from '../../src/page/chunked-scan.ts';
import { collectBlocks, locate } from '../../src/page/collect-text.ts';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { dirtyContainers } from '../../src/page/mutation-watcher.ts';
import { findingText, placeOf } from '../../src/page/page-finding.ts';
import { addFindings } from './support/findings.ts';

function page(html: string): HTMLElement {
  // Fixture markup written in this file, parsed without an HTML sink.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
  );
  return document.body;
}

const rangeText = (at: NonNullable<ReturnType<typeof locate>>) => {
  const r = document.createRange();
  r.setStart(at.startContainer, at.startOffset);
  r.setEnd(at.endContainer, at.endOffset);
  return r.toString();
};

describe('collectBlocks', () => {
  test('an inline-split term reads as one word and maps back to one range', () => {
    const [block] = collectBlocks(page('<p>tiny mil<b>ia</b> bumps</p>'));
    expect(block?.text).toBe('tiny milia bumps');
    const at = locate(block!, 5, 10);
    expect(at && rangeText(at)).toBe('milia');
    expect(at?.startContainer).not.toBe(at?.endContainer);
  });

  test('separate blocks never run together', () => {
    const texts = collectBlocks(page('<h1>Milia</h1><p>Squeeze them</p><div>a<p>b</p>c</div>')).map(
      (b) => b.text,
    );
    expect(texts).toEqual(['Milia', 'Squeeze them', 'a', 'b', 'c']);
  });

  test('skips code, form fields, editable regions, scripts and the extension UI', () => {
    const texts = collectBlocks(
      page(
        `<p>kept</p><script>milia</script><style>x{}</style><noscript>n</noscript>
         <textarea>t</textarea><select><option>o</option></select><pre>p</pre><code>c</code>
         <div contenteditable="true">e</div><template>tp</template><milia-lens-ui>ui</milia-lens-ui>`,
      ),
    ).map((b) => b.text.trim());
    expect(texts).toEqual(['kept']);
  });

  test('skips text under the hidden attribute, whatever its value, in any namespace', () => {
    const body = page(
      `<p>kept</p><p hidden>h1</p><p hidden="until-found">h2</p><p hidden="false">h3</p>
       <div hidden><p>h4</p></div><p>also kept</p>`,
    );
    // An element outside HTML has no \`hidden\` property; its attribute still counts.
    const other = document.createElementNS('https://example.com/notes', 'note');
    other.setAttribute('hidden', '');
    other.textContent = 'h5';
    body.append(other);
    const texts = collectBlocks(body).map((b) => b.text.trim());
    expect(texts).toEqual(['kept', 'also kept']);
  });

  test('reads a form whose control is named "hidden", as an ASP.NET page wraps its body', () => {
    // The control shadows the form's own \`hidden\` property: it must not hide the form's text.
    const body = page(
      `<form><input type="hidden" name="hidden" value="1"><p>inside the form</p></form>
       <form><input id="hidden"><p>second form</p></form><form hidden><p>h</p></form>`,
    );
    const texts = collectBlocks(body).map((b) => b.text.trim());
    expect(texts).toEqual(['inside the form', 'second form']);
  });

  test('a paragraph read whole still leaves out what the walk skips, and splits at a line break', () => {
    const body = page(
      `<p>Squeeze <script>milia</script><b>them</b> <span hidden>never</span>gently</p>
       <p>one <i>line</i><br>two <b>lines</b></p><ul><li>a <em>list</em> item</li></ul>`,
    );
    const texts = collectBlocks(body).map((b) => b.text.trim());
    expect(texts).toEqual(['Squeeze them gently', 'one line', 'two lines', 'a list item']);
    const item = body.querySelector('li')!;
    const [alone] = collectBlocks(item);
    expect(alone?.text).toBe('a list item');
    const at = locate(alone!, 2, 6);
    expect(at && rangeText(at)).toBe('list');
  });

  test('reads open shadow roots as blocks of their own', () => {
    const body = page('<p>light</p><div id="h"></div>');
    const shadow = body.querySelector('#h')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'shadow milia';
    shadow.append(p);
    expect(collectBlocks(body).map((b) => b.text)).toEqual(['light', 'shadow milia']);
  });
});

describe('collectBlocks on a deeply nested page', () => {
  /**
   * 5,000 nested divs, as on the benchmark's deepest page: each level has a line with an inline
   * part, then the next level, then a closing line that belongs to no child. The walk leaves
   * 5,000 levels at the bottom in one climb, and every block it closes on the way must still be
   * separate and in reading order.
   */
  const DEPTH = 5000;
  function deepPage(): HTMLElement {
    const body = page('');
    let at: HTMLElement = body;
    for (let i = 0; i < DEPTH; i += 1) {
      const div = document.createElement('div');
      const inline = document.createElement('b');
      inline.textContent = `part ${i}`;
      div.append(`line ${i} `, inline);
      at.append(div);
      if (i > 0) at.append(`after ${i - 1}`);
      at = div;
    }
    return body;
  }

  test('gives each level its own block, in reading order, mapped to its own nodes', () => {
    const blocks = collectBlocks(deepPage());
    const expected = [
      ...Array.from({ length: DEPTH }, (_, i) => `line ${i} part ${i}`),
      ...Array.from({ length: DEPTH - 1 }, (_, i) => `after ${DEPTH - 2 - i}`),
    ];
    expect(blocks.map((b) => b.text)).toEqual(expected);
    const deepest = blocks[DEPTH - 1]!;
    expect(deepest.nodes.map((n) => n.parentElement?.tagName)).toEqual(['DIV', 'B']);
    const at = locate(deepest, deepest.text.indexOf('part'), deepest.text.length);
    expect(at && rangeText(at)).toBe(`part ${DEPTH - 1}`);
  });
});

describe('finding index', () => {
  test('finds by text node and drops findings of removed or re-read text', () => {
    const body = page('<p id="a">one milia</p><p id="b">two milia</p>');
    const index = createFindingIndex();
    for (const block of collectBlocks(body)) addFindings(index, block.nodes[0]!, [4, 9]);
    const a = body.querySelector('#a')!;
    expect(index.at(a.firstChild!)).toHaveLength(1);
    expect(placeOf(index.ordered()[0]!)?.startContainer).toBe(a.firstChild);
    expect(index.removeStale([a])).toHaveLength(1);
    const b = body.querySelector('#b')!;
    b.remove();
    expect(index.removeStale([], [b])).toHaveLength(1);
    expect(index.size).toBe(0);
  });

  test('places a finding that runs across inline elements from its block alone', () => {
    const body = page('<div>Never <b>squeeze mil</b>ia<p>other</p> at <i>all</i></div>');
    const index = createFindingIndex();
    const [first, , last] = collectBlocks(body);
    expect(last?.text).toBe(' at all');
    const [term] = addFindings(index, first!.nodes[0]!, [14, 19]);
    const [tail] = addFindings(index, last!.nodes[0]!, [4, 7]);
    expect(findingText(term!)).toBe('milia');
    expect(findingText(tail!)).toBe('all');
    const [never, squeeze, ia] = first!.nodes;
    expect(index.at(never!)).toEqual([]);
    expect(index.at(squeeze!)).toEqual([term]);
    expect(index.at(ia!)).toEqual([term]);
    expect(index.at(last!.nodes[1]!)).toEqual([tail]);
    expect(index.at(body.querySelector('p')!.firstChild!)).toEqual([]);
  });
});

describe('finding counts', () => {
  test('the counts per severity follow findings in and out, without a pass over them', () => {
    const body = page('<p id="a">one milia</p><p id="b">two milia</p>');
    const index = createFindingIndex();
    const [a, b] = collectBlocks(body).map((block) => block.nodes[0]!);
    addFindings(index, a!, [4, 9, 'danger', 'needle-at-home']);
    addFindings(index, b!, [4, 9, 'info', 'milia-term.describes']);
    expect([index.count('danger'), index.count('info'), index.count('warning')]).toEqual([1, 1, 0]);
    index.removeStale([body.querySelector('#a')!]);
    expect([index.count('danger'), index.count('info')]).toEqual([0, 1]);
  });
});

describe('mutation batching', () => {
  test('a paragraph appended between blocks is read alone; edits re-read their block', () => {
    const body = page('<article><p>one</p></article>');
    const article = body.querySelector('article')!;
    const added = document.createElement('p');
    added.textContent = 'two';
    article.append(added);
    const list = (nodes: Node[]) => nodes as unknown as NodeList;
    expect(
      dirtyContainers(
        [{ type: 'childList', target: article, addedNodes: list([added]), removedNodes: list([]) }],
        () => false,
      ),
    ).toEqual([added]);
    const text = article.querySelector('p')!.firstChild!;
    expect(
      dirtyContainers(
        [
          { type: 'characterData', target: text, addedNodes: list([]), removedNodes: list([]) },
          { type: 'characterData', target: article, addedNodes: list([]), removedNodes: list([]) },
        ],
        () => false,
      ),
    ).toEqual([article]);
  });
});

describe('chunked scan', () => {
  test('an item that was costly to take is handled in a slice of its own', async () => {
    let clock = 0;
    const events: string[] = [];
    // The second item costs a whole budget to take, as a huge text node costs to read.
    const items = [1, 2, 3].map((n) => ({ n, cost: n === 2 ? 10 : 1 }));
    let i = 0;
    const iterator: Iterator<number> = {
      next() {
        const item = items[i++];
        if (!item) return { done: true, value: undefined };
        clock += item.cost;
        events.push(`take ${item.n}`);
        return { done: false, value: item.n };
      },
    };
    const done = await runChunked(iterator, (n) => events.push(`handle ${n}`), {
      budgetMs: 8,
      now: () => clock,
      yieldToEventLoop: async () => {
        events.push('pause');
      },
    });
    expect(done).toBe(true);
    expect(events).toEqual([
      'take 1',
      'handle 1',
      'take 2',
      'pause',
      'handle 2',
      'take 3',
      'handle 3',
    ]);
  });

  test('yields to the event loop whenever a slice spends its budget', async () => {
    let clock = 0;
    let pauses = 0;
    const seen: number[] = [];
    const done = await runChunked(
      [1, 2, 3, 4, 5][Symbol.iterator](),
      (n) => {
        seen.push(n);
        clock += 5;
      },
      {
        budgetMs: 8,
        now: () => clock,
        yieldToEventLoop: async () => {
          pauses += 1;
        },
      },
    );
    expect(done).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(pauses).toBe(2);
  });

  test('a clock set back ends the slice instead of stretching it', async () => {
    // The slice clock is the wall clock: set back an hour in the middle of a scan, it must not
    // keep the scan from pausing for the hour it takes to catch up.
    const readings = [1_000_000, 1_000_001, 1_000_002, 1_000_003 - 3_600_000];
    let clock = 0;
    const events: string[] = [];
    const done = await runChunked(
      [1, 2, 3][Symbol.iterator](),
      (n) => {
        events.push(`handle ${n}`);
        clock = Math.min(clock + 1, readings.length - 1);
      },
      {
        budgetMs: 8,
        now: () => readings[clock] as number,
        yieldToEventLoop: async () => {
          events.push('pause');
        },
      },
    );
    expect(done).toBe(true);
    expect(events).toEqual(['handle 1', 'handle 2', 'handle 3', 'pause']);
  });

  test('runs that share a slice clock yield once their sum spends the budget', async () => {
    let clock = 0;
    let pauses = 0;
    const options = {
      budgetMs: 8,
      now: () => clock,
      slice: { start: 0 },
      yieldToEventLoop: async () => {
        pauses += 1;
      },
    };
    // Ten short runs of 3 ms each, as a scan of ten appended paragraphs makes.
    for (let run = 0; run < 10; run += 1) {
      await runChunked([run][Symbol.iterator](), () => (clock += 3), options);
    }
    expect(pauses).toBe(3);
  });
});
