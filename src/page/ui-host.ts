import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The tag of the one node the extension adds to a page (`../shared/contracts.md` section 3). */
export const UI_HOST_TAG = 'milia-lens-ui';

/** The mounted host: where the card layer renders, and how to take it out again. */
export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  /** Puts the host back at the end of the body after the page threw it out (e.g. re-rendered its body). */
  reattach(): void;
  remove(): void;
}

/** Key events inside the card stay there, so the page's shortcuts don't fire while it has focus. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];

/**
 * Adds `<milia-lens-ui>` with an open shadow root at the end of the body. Written out here rather
 * than with WXT's shadow-root UI helper, which brought 11 KB of code into every page for what
 * these few lines do. The styles (`css`, from the card bundle) are one constructed stylesheet
 * adopted by the shadow root: a page's strict Content-Security-Policy can block `<style>`
 * elements but not adopted sheets, and the host's `all: initial` (in HOVER_CARD_CSS) keeps page
 * CSS from reaching in. The host goes when the content script's context does.
 */
export async function mountUiHost(
  ctx: ContentScriptContext,
  doc: Document,
  css: string,
): Promise<UiHost> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const host = doc.createElement(UI_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of KEY_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  const attach = () => (doc.body ?? doc.documentElement).append(host);
  const remove = () => {
    host.remove();
    container.replaceChildren();
  };
  attach();
  ctx.onInvalidated(remove);
  return { host, shadow, container, reattach: attach, remove };
}
