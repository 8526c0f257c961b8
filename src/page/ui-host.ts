import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { NOTE_CARD_CSS } from '../ui/note-card-styles.ts';
import { HOVER_CARD_CSS } from '../ui/hover-card-styles.ts';

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

/**
 * Adds `<milia-lens-ui>` with an open shadow root (WXT's shadow-root UI) at the end of the body.
 * The styles are one constructed stylesheet adopted by the shadow root: a page's strict
 * Content-Security-Policy can block `<style>` elements but not adopted sheets, and the host's
 * `all: initial` (in HOVER_CARD_CSS) keeps page CSS from reaching in. Key events inside the card
 * are kept from the page, so its shortcuts don't fire while the card has focus.
 */
export async function mountUiHost(ctx: ContentScriptContext, doc: Document): Promise<UiHost> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${HOVER_CARD_CSS}\n${NOTE_CARD_CSS}`);
  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_TAG,
    position: 'inline',
    anchor: () => doc.body ?? doc.documentElement,
    append: 'last',
    mode: 'open',
    // The reset is in our own sheet; WXT's would arrive as a <style> element.
    inheritStyles: true,
    isolateEvents: true,
    onMount: (_container, shadow) => {
      shadow.adoptedStyleSheets = [sheet];
    },
  });
  ui.mount();
  // createIsolatedElement always adds a <style>, empty here: drop it, the sheet is adopted.
  for (const style of ui.shadow.querySelectorAll('style')) style.remove();
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    container: ui.uiContainer,
    reattach: () => ui.mount(),
    remove: () => ui.remove(),
  };
}
