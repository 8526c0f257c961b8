import { describe, expect, it } from 'vitest';
import { mayMentionMilia, mayMentionMiliaSliced } from '../../src/page/milia-prefilter.ts';

/** The walk that lets a page without milia skip the full read must never miss a mention. */
describe('mayMentionMilia', () => {
  const page = (html: string) => {
    const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    return document.importNode(parsed.body.firstElementChild as HTMLElement, true);
  };

  it('says no for a page about something else', () => {
    expect(
      mayMentionMilia(page('<h1>Threading a needle</h1><p>Pick a needle with a roomy eye.</p>')),
    ).toBe(false);
  });

  it('finds a mention in any text node', () => {
    expect(mayMentionMilia(page('<p>Intro</p><ul><li>Milk spots on a newborn</li></ul>'))).toBe(
      true,
    );
  });

  it('finds a word split across inline elements', () => {
    expect(mayMentionMilia(page('<p>Tiny mil<b>ia</b> under the eyes</p>'))).toBe(true);
    expect(mayMentionMilia(page('<p>Bumps are mi<b>l</b><i>i</i>a.</p>'))).toBe(true);
  });

  it('answers maybe for one huge text node unread, leaving it to the sliced full read', () => {
    const root = page('<p></p>');
    root.firstChild?.appendChild(document.createTextNode('plain words '.repeat(20_000)));
    expect(mayMentionMilia(root)).toBe(true);
  });

  it('answers maybe for a page with an open shadow root, which the full read walks', () => {
    const root = page('<p>Nothing here</p><div id="host"></div>');
    root.querySelector('#host')?.attachShadow({ mode: 'open' });
    expect(mayMentionMilia(root)).toBe(true);
  });

  it('reads a long list child by child without missing a word cut between two inline children', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} about bread.</p>`);
    const plain = page(paragraphs.join(''));
    expect(mayMentionMilia(plain)).toBe(false);
    // Two inline children side by side, in a list long enough to be read child by child.
    const cut = page(paragraphs.join(''));
    cut.children[255]?.replaceWith(...page('<b>mil</b>').childNodes);
    cut.children[256]?.replaceWith(...page('<i>ia under the eyes</i>').childNodes);
    expect(mayMentionMilia(cut)).toBe(true);
  });

  it('finds a word split across inline elements inside one block of a long list', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} about bread.</p>`);
    const root = page(paragraphs.join('\n'));
    root.children[400]?.replaceWith(...page('<p>Tiny mi<b>l</b><i>i</i>a here.</p>').childNodes);
    expect(mayMentionMilia(root)).toBe(true);
  });

  it('does not join the text of two blocks of a long list', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} about bread.</p>`);
    const root = page(paragraphs.join('\n'));
    root.children[400]?.replaceWith(...page('<p>A loaf of mil</p><p>ia bread</p>').childNodes);
    expect(mayMentionMilia(root)).toBe(false);
  });

  it('finds a one-word mention standing between the blocks of a long list', () => {
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Paragraph ${i} about bread.</p>`);
    const root = page(paragraphs.join('\n'));
    root.children[300]?.after(document.createTextNode('Milia'));
    expect(mayMentionMilia(root)).toBe(true);
  });

  it('finds an open shadow root past the first thousands of elements', async () => {
    const root = page(Array.from({ length: 2500 }, () => '<p><b>bread</b></p>').join(''));
    root.lastElementChild?.attachShadow({ mode: 'open' });
    expect(mayMentionMilia(root)).toBe(true);
    expect(await mayMentionMiliaSliced(root, 0)).toBe(true);
  });

  it('answers maybe when the container itself hosts an open shadow root', () => {
    const root = page('<p>Nothing here</p>');
    root.attachShadow({ mode: 'open' });
    expect(mayMentionMilia(root)).toBe(true);
  });

  it('gives the same answers when it works in slices that yield between them', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `<p>Line ${i}</p>`).join('');
    expect(await mayMentionMiliaSliced(page(many), 0)).toBe(false);
    expect(await mayMentionMiliaSliced(page(`${many}<p>Tiny milia</p>`), 0)).toBe(true);
  });
});
