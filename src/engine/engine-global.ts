/**
 * Where the engine bundle leaves its ENGINE_MODULE: a property of the content script's own
 * global, never the page's. Kept apart from engine-module.ts so the content script does not
 * bundle the engine.
 */
export const ENGINE_GLOBAL = 'miliaLensEngine';
