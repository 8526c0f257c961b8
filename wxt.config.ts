import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { nativeBrowser } from './scripts/build/native-browser.ts';
import { pageRules } from './scripts/build/page-rules.ts';
import { stripRuleExamples } from './scripts/build/strip-rule-examples.ts';

/**
 * WXT_OUT_DIR lets parallel builds (CI, the benchmark, a developer's watch build) use separate
 * folders; everyone else gets WXT's default `.output`.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Imports are written out: a reader should see where every name comes from.
  imports: false,
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: ({ browser }) => ({
    plugins: [preact(), stripRuleExamples(), pageRules(browser), nativeBrowser(browser)],
    // MILIA_LENS_SOURCEMAP=1 writes source maps, to see which files the content script is made of.
    build: {
      sourcemap: process.env.MILIA_LENS_SOURCEMAP === '1',
      // Terser with three passes makes the content script, which every page loads, 0.8 KB gzip
      // smaller than Vite's default minifier (Oxc). ES2020 is below Chrome 132 and Firefox 140.
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3 } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The card bundle (Preact and the card, a fifth of what every page would otherwise load) is
    // imported by the content script once a page has a finding to show, the engine bundle (the
    // rules and the sentence reading) once a page may name milia; a content script can import
    // only web-accessible files (src/page/load-bundle.ts). Chrome serves them only under a
    // per-session id, so pages cannot probe for them at the fixed one; Firefox has no such option
    // (`use_dynamic_url` is Chrome's) but serves every extension file under a random id of each
    // install, so there is no fixed address to probe. tests/e2e/manifest.test.ts pins this entry.
    web_accessible_resources: [
      {
        resources: ['card.js', 'engine.js'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Alt+Shift+N and Alt+Shift+P are taken by Chromium itself, which then silently leaves the
    // commands unbound; J and K (next and previous in many tools) are free in both browsers.
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next finding and open its note',
      },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous finding and open its note',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Turn Milia Lens on or off for this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'milia-lens@milia-lens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android gained data_collection_permissions in 142; desktop has them from 140.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 132: before it, a content script could not import() a `use_dynamic_url` file (its
        // isolated world's CSP refused the per-session origin), so the card and the engine would
        // never load.
        { minimum_chrome_version: '132' }),
  }),
});
