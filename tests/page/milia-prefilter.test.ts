import { describe, expect, it } from 'vitest';
import { mayMentionMilia } from '../../src/page/milia-prefilter.ts';

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

  it('answers maybe for a page with an open shadow root, which the full read walks', () => {
    const root = page('<p>Nothing here</p><div id="host"></div>');
    root.querySelector('#host')?.attachShadow({ mode: 'open' });
    expect(mayMentionMilia(root)).toBe(true);
  });
});
