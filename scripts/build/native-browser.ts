import type { Plugin } from 'vite';

const VIRTUAL = '\0native-browser';

/**
 * In the Firefox build, `webextension-polyfill` is Firefox's own `browser` object. The polyfill
 * wraps Chrome's callback API in promises; where a plain-object `browser` already exists, as in
 * every Firefox context (content scripts included: checked in Firefox ESR 153), it hands that
 * object back unchanged. Its wrapping code was still bundled: 2.4 KB of the gzipped content
 * script, which every page loads. tests/e2e/manifest.test.ts checks that it stays out.
 */
export function nativeBrowser(browser: string): Plugin {
  return {
    name: 'milia-lens:native-browser',
    apply: () => browser === 'firefox',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^webextension-polyfill$/ },
      handler: () => VIRTUAL,
    },
    load: {
      filter: { id: /^\0native-browser$/ },
      handler: () => 'export default browser;',
    },
  };
}
