import {
  generateParagraphs,
  neutralSentence,
  pick,
  seededRandom,
  sentenceSource,
  type SentencePools,
  type TextKind,
} from './text-gen.ts';

/**
 * The benchmark's web pages, as HTML strings. Each imitates the structure of a real page of its
 * kind (navigation, headings, inline links and emphasis, lists, asides, footers) around generated
 * text, because the collector's cost depends on the shape of the DOM as much as on its text.
 */

export interface BenchPage {
  name: string;
  /** File name the page is served under. */
  file: string;
  html: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function shell(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    '<style>body{font:16px/1.5 sans-serif;max-width:48em;margin:auto}</style></head>' +
    `<body>${body}</body></html>`
  );
}

/** A paragraph with some of its words wrapped in links and emphasis, as articles have. */
function richParagraph(text: string, random: () => number): string {
  const words = esc(text).split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const roll = random();
    if (roll < 0.03) words[i] = `<a href="#w${i}">${words[i]}</a>`;
    else if (roll < 0.05) words[i] = `<em>${words[i]}</em>`;
    else if (roll < 0.06) words[i] = `<strong>${words[i]}</strong>`;
  }
  return `<p>${words.join(' ')}</p>`;
}

const NAV =
  '<header><nav><a href="/">Home</a> <a href="/topics">Topics</a> <a href="/about">About</a></nav></header>';
const FOOTER = '<footer><p>© Example Publishing. All rights reserved.</p></footer>';

/** An article: a title, sections of paragraphs under headings, now and then a list; an aside. */
export function articlePage(kind: TextKind, pools: SentencePools, chars: number, seed = 3): string {
  const random = seededRandom(seed);
  const paragraphs = generateParagraphs(sentenceSource(kind, pools, seed), chars, seed + 1);
  const parts: string[] = [NAV, '<main><article><h1>A closer look</h1>'];
  paragraphs.forEach((text, i) => {
    if (i % 6 === 0) parts.push(`<h2>Part ${i / 6 + 1}</h2>`);
    if (i % 9 === 4) {
      const items = text.split('. ').map((s) => `<li>${esc(s)}</li>`);
      parts.push(`<ul>${items.join('')}</ul>`);
    } else {
      parts.push(richParagraph(text, random));
    }
  });
  parts.push(
    '</article><aside><h2>Related</h2><ul><li><a href="#1">More reading</a></li></ul></aside></main>',
    FOOTER,
  );
  return shell('Article', parts.join('\n'));
}

/**
 * A forum thread: posts with an author line, a body (sometimes quoting an earlier post) and
 * action links. Posts about milia sit among chit-chat, as in a real thread.
 */
export function forumPage(pools: SentencePools, chars: number, seed = 5): string {
  const random = seededRandom(seed);
  const milia = sentenceSource('milia-dense', pools, seed);
  const next = () => (random() < 0.5 ? milia() : neutralSentence(random));
  const paragraphs = generateParagraphs(next, chars, seed + 1);
  const parts: string[] = [NAV, '<main><h1>Thread: those little white bumps</h1>'];
  let previous = '';
  paragraphs.forEach((text, i) => {
    const quote =
      previous && random() < 0.2 ? `<blockquote>${esc(previous.slice(0, 160))}</blockquote>` : '';
    parts.push(
      `<div class="post" id="p${i}"><div class="meta"><span class="author">member${Math.floor(random() * 9000)}</span> ` +
        `<time>${1 + (i % 28)} March</time></div><div class="body">${quote}${richParagraph(text, random)}</div>` +
        '<div class="actions"><a href="#r">Reply</a> <a href="#q">Quote</a> <span>Like</span></div></div>',
    );
    previous = text;
  });
  parts.push('</main>', FOOTER);
  return shell('Forum thread', parts.join('\n'));
}

/** A table of `cells` short cells: each cell is its own block holding one small text node. */
export function manyNodesPage(pools: SentencePools, cells: number, seed = 9): string {
  const random = seededRandom(seed);
  const words = [...new Set(pools.milia.join(' ').split(/\s+/))].filter((w) => w.length > 0);
  const rows: string[] = [];
  for (let r = 0; r < cells / 10; r += 1) {
    const tds: string[] = [];
    for (let c = 0; c < 10; c += 1) tds.push(`<td>${esc(pick(words, random))}</td>`);
    rows.push(`<tr>${tds.join('')}</tr>`);
  }
  return shell('Table', `<main><table>${rows.join('\n')}</table></main>`);
}

/**
 * `<div>`s nested `depth` deep, each with a short line of text. The HTML parser flattens nesting
 * past a few hundred levels, so an inline script builds the tree before the page finishes
 * loading. Chromium's layout crashes the tab on 5,000 nested block boxes (2,000 still work), so
 * the nested divs are laid out with `display: contents`; for the collector they are still 5,000
 * nested block elements.
 */
export function deepPage(pools: SentencePools, depth: number, seed = 13): string {
  const random = seededRandom(seed);
  const lines = Array.from({ length: depth }, (_, i) =>
    i % 50 === 0 ? pick(pools.milia, random) : neutralSentence(random),
  );
  const script =
    `const lines=${JSON.stringify(lines).replace(/</g, '\\u003c')};` +
    'let at=document.querySelector("main");' +
    'for(const line of lines){const d=document.createElement("div");d.append(line);at.append(d);at=d;}';
  return shell(
    'Deep',
    `<style>main div{display:contents}</style><main></main><script>${script}</script>`,
  );
}

/** The benchmark's page set: text pages at ~1 MB and ~10 MB, and the two structural extremes. */
export function benchPages(pools: SentencePools, scale = 1): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const mb of [1, 10]) {
    const chars = Math.round(mb * 1e6 * scale);
    pages.push(
      {
        name: `milia article ${mb} MB`,
        file: `article-${mb}mb.html`,
        html: articlePage('milia-dense', pools, chars),
      },
      { name: `forum thread ${mb} MB`, file: `forum-${mb}mb.html`, html: forumPage(pools, chars) },
      {
        name: `no skin words ${mb} MB`,
        file: `noskin-${mb}mb.html`,
        html: articlePage('no-skin', pools, chars),
      },
    );
  }
  pages.push(
    {
      name: '100,000 text nodes',
      file: 'many-nodes.html',
      html: manyNodesPage(pools, Math.round(100_000 * scale)),
    },
    {
      name: '5,000 levels deep',
      file: 'deep.html',
      html: deepPage(pools, Math.round(5000 * scale)),
    },
  );
  return pages;
}
