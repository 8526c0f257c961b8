import type { Plugin } from 'vite';
import { highlightCss, pageRulesScope } from '../../src/page/highlight-styles.ts';

/** What the content script imports to get the default look's rules into the manifest. */
export const PAGE_RULES_ID = 'virtual:milia-lens-page-rules.css';
const RESOLVED_ID = `\0${PAGE_RULES_ID}`;

/**
 * The content script's CSS, generated from SEVERITY_STYLES for the browser being built: the
 * `::highlight(milia-lens-<severity>)` rules of the default look, and nothing else. WXT lists it
 * in the manifest, so every page has these rules from the start: a stylesheet added at run time
 * makes Chromium restyle the whole page in one task (over 150 ms on deep or 1 MB pages).
 */
export function pageRules(browser: string): Plugin {
  return {
    name: 'milia-lens:page-rules',
    resolveId: (source) => (source === PAGE_RULES_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? pageRulesCss(browser) : null),
  };
}

export function pageRulesCss(browser: string): string {
  return `${highlightCss('underline', pageRulesScope(browser))}\n`;
}
