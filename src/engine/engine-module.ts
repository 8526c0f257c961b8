import { createPageDetector } from './detect.ts';
import { WARM_UPS } from './warm-up.ts';

/**
 * The engine as the page layer gets it: the page reader, which keeps what a pass has learned
 * about the page (src/page/page-session.ts). The content script imports it as its own bundle
 * (`entrypoints/engine.ts`, built as `engine.js`) once a page may name milia; Node, the tests and
 * the benchmark's probe use this module directly.
 */
export const ENGINE_MODULE = { createPageDetector, warmUps: WARM_UPS };

export type EngineModule = typeof ENGINE_MODULE;
