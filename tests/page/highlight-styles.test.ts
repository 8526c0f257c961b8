import { describe, expect, test } from 'vitest';
import { highlightCss, highlightsInherit } from '../../src/page/highlight-styles.ts';

/**
 * Root-only rules are cheap to adopt (no restyle of every element) but style the page's text only
 * where the browser passes highlight styles down from the root; the highlighter asks the
 * document which it is, and a browser that does not (Firefox 153) or cannot say gets rules for
 * every element.
 */
function documentWhere(computed: (element: 'root' | 'body', pseudo: string | null) => string) {
  const root = { name: 'root' };
  const body = { name: 'body' };
  return {
    documentElement: root,
    body,
    defaultView: {
      getComputedStyle: (element: typeof root, pseudo?: string) => ({
        textDecorationColor: computed(element === root ? 'root' : 'body', pseudo ?? null),
      }),
    },
  } as unknown as Document;
}

const ours = 'rgb(213, 94, 0)';
const text = 'rgb(0, 0, 0)';

describe('highlight rules', () => {
  test('name the root only, or every element', () => {
    expect(highlightCss('underline', 'root')).toMatch(/^:root::highlight\(milia-lens-danger\) \{/);
    expect(highlightCss('underline')).toMatch(/^::highlight\(milia-lens-danger\) \{/);
    for (const scope of ['root', 'every-element'] as const)
      expect(highlightCss('background', scope).match(/background-color/g)).toHaveLength(5);
  });

  test('are root-only where the body inherits the root highlight style', () => {
    const inherits = documentWhere((_element, pseudo) => (pseudo ? ours : text));
    expect(highlightsInherit(inherits)).toBe(true);
  });

  test('name every element where the body keeps its own style, or the browser cannot say', () => {
    const firefox = documentWhere((element, pseudo) =>
      element === 'root' && pseudo ? ours : text,
    );
    expect(highlightsInherit(firefox)).toBe(false);
    const unsupported = documentWhere(() => {
      throw new Error('unknown pseudo-element');
    });
    expect(highlightsInherit(unsupported)).toBe(false);
    // A pseudo-element argument that is ignored gives the element's own style everywhere.
    expect(highlightsInherit(documentWhere(() => text))).toBe(false);
  });
});
