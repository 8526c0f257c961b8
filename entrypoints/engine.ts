import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ENGINE_GLOBAL } from '../src/engine/engine-global.ts';
import { ENGINE_MODULE } from '../src/engine/engine-module.ts';

/**
 * The detection engine, imported by the content script when a page first may name milia
 * (src/page/load-engine.ts), in Chrome and in Firefox.
 */
export default defineUnlistedScript({
  main() {
    (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = ENGINE_MODULE;
  },
});
