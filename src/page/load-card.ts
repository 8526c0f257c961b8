import browser from 'webextension-polyfill';
import { CARD_GLOBAL } from '../ui/card-global.ts';
import type { CardModule } from '../ui/card-module.ts';

/**
 * The card (Preact, the components, their styles), once per frame: the card bundle, `card.js`,
 * imported from the extension's package the first time a page has a finding to show, so a page
 * without findings never loads it. Evaluated in the content script's world, it leaves the card on
 * that world's global, which the page cannot see.
 *
 * A content script can import only web-accessible files, in Firefox too (tried in Firefox ESR
 * 153: a file that is not one fails to load). Chrome serves the file only under a per-session id;
 * Firefox serves every extension file under a random per-install id, so a page cannot probe for
 * it either (wxt.config.ts).
 */
export async function loadCard(): Promise<CardModule> {
  const global = globalThis as Record<string, unknown>;
  if (!global[CARD_GLOBAL]) {
    await importCardBundle();
  }
  const card = global[CARD_GLOBAL] as CardModule | undefined;
  if (!card) throw new Error('the card bundle did not load');
  return card;
}

/**
 * The one import of a computed URL: the card bundle in the extension's own package. AMO's linter
 * (`web-ext lint`) warns about it in the Firefox build (UNSAFE_VAR_ASSIGNMENT): it accepts only a
 * `runtime.getURL(…)` call on a global extension namespace written out, and the bundler renames
 * the polyfill's binding. We keep the polyfill, as everywhere else, and the warning.
 */
function importCardBundle(): Promise<unknown> {
  // eslint-disable-next-line no-unsanitized/method
  return import(/* @vite-ignore */ browser.runtime.getURL('/card.js'));
}
