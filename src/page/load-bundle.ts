import browser from 'webextension-polyfill';

/** The bundles a content script imports from the extension's package when it first needs them. */
export type BundleFile = '/card.js' | '/engine.js';

/**
 * What a bundle leaves on `globalName` once imported, once per frame. A bundle is imported from
 * the extension's package, evaluated in the content script's world, and leaves what it carries on
 * that world's global, which the page cannot see (`entrypoints/card.ts`, `entrypoints/engine.ts`).
 *
 * A content script can import only web-accessible files, in Firefox too (tried in Firefox ESR
 * 153: a file that is not one fails to load). Chrome serves the file only under a per-session id;
 * Firefox serves every extension file under a random per-install id, so a page cannot probe for
 * it either (wxt.config.ts).
 */
export async function loadBundle<T>(file: BundleFile, globalName: string): Promise<T> {
  const global = globalThis as Record<string, unknown>;
  if (!global[globalName]) {
    await importBundle(file);
  }
  const bundle = global[globalName] as T | undefined;
  if (!bundle) throw new Error(`${file} did not load`);
  return bundle;
}

/**
 * The one import of a computed URL: a bundle in the extension's own package. AMO's linter
 * (`web-ext lint`) warns about it in the Firefox build (UNSAFE_VAR_ASSIGNMENT): it accepts only a
 * `runtime.getURL(…)` call on a global extension namespace written out, and the bundler renames
 * the polyfill's binding. We keep the polyfill, as everywhere else, and the warning: one, as both
 * bundles come through here.
 */
function importBundle(file: BundleFile): Promise<unknown> {
  // eslint-disable-next-line no-unsanitized/method
  return import(/* @vite-ignore */ browser.runtime.getURL(file));
}
