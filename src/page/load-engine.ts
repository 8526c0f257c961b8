import { ENGINE_GLOBAL } from '../engine/engine-global.ts';
import type { EngineModule } from '../engine/engine-module.ts';
import { loadBundle } from './load-bundle.ts';

/**
 * The detection engine (its rules, lexicon and sentence reading): the engine bundle, `engine.js`,
 * imported the first time a page may name milia (src/page/milia-prefilter.ts), so a page that
 * never does, most of the web, never loads it. The content script passes this to the page session;
 * the tests and the benchmark's probe pass the engine module itself.
 */
export function loadEngine(): Promise<EngineModule> {
  return loadBundle<EngineModule>('/engine.js', ENGINE_GLOBAL);
}
