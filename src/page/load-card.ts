import browser from 'webextension-polyfill';
import { CARD_GLOBAL } from '../ui/card-global.ts';
import type { CardModule } from '../ui/card-module.ts';

/**
 * The card (Preact, the components, their styles), once per frame. In Chrome it is the card
 * bundle, `card.js`, imported from the extension's package the first time a page has a finding
 * to show: a page without findings never loads it. Evaluated in the content script's world, it
 * leaves the card on that world's global, which the page cannot see.
 *
 * Firefox bundles the card into the content script instead. Importing a file means making it
 * web-accessible, and Firefox has no per-session address (`use_dynamic_url`) to hide it behind;
 * AMO's linter also flags an import from a computed URL.
 */
export async function loadCard(): Promise<CardModule> {
  if (import.meta.env.FIREFOX) return (await import('../ui/card-module.ts')).CARD_MODULE;
  const global = globalThis as Record<string, unknown>;
  if (!global[CARD_GLOBAL]) {
    // The one import of a computed URL: the card bundle in the extension's own package.
    // eslint-disable-next-line no-unsanitized/method
    await import(/* @vite-ignore */ browser.runtime.getURL('/card.js'));
  }
  const card = global[CARD_GLOBAL] as CardModule | undefined;
  if (!card) throw new Error('the card bundle did not load');
  return card;
}
