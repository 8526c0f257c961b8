import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CARD_GLOBAL } from '../src/ui/card-global.ts';
import { CARD_MODULE } from '../src/ui/card-module.ts';

/**
 * The hover card, imported by the content script when a page first has a finding to show
 * (src/page/load-card.ts), in Chrome and in Firefox.
 */
export default defineUnlistedScript({
  main() {
    (globalThis as Record<string, unknown>)[CARD_GLOBAL] = CARD_MODULE;
  },
});
