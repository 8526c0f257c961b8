import { describe, expect, test } from 'vitest';
import { PAGE_RULES_ID, pageRules } from '../../scripts/build/page-rules.ts';
import { SEVERITY_STYLES } from '../../src/page/highlight-styles.ts';

/**
 * The content script's CSS comes from SEVERITY_STYLES through the build plugin, so the manifest's
 * colours and line styles cannot drift from the ones the run-time sheet uses.
 */
function loaded(browser: string): string {
  const plugin = pageRules(browser);
  const call = <T>(hook: unknown, ...args: unknown[]) =>
    (hook as (...a: unknown[]) => T).call({}, ...args);
  const id = call<string>(plugin.resolveId, PAGE_RULES_ID, undefined, {});
  expect(call(plugin.resolveId, './other.css', undefined, {})).toBeNull();
  return call<string>(plugin.load, id);
}

describe('the manifest highlight rules', () => {
  test.each([
    ['chrome', ':root'],
    ['firefox', ''],
  ])('in %s, one rule per severity in its own colour and line, named %j', (browser, prefix) => {
    const rules = loaded(browser).trim().split('\n');
    expect(rules).toHaveLength(Object.keys(SEVERITY_STYLES).length);
    for (const [severity, { color, line }] of Object.entries(SEVERITY_STYLES)) {
      const rule = rules.find((r) => r.startsWith(`${prefix}::highlight(milia-lens-${severity})`));
      expect(rule, severity).toContain(`underline ${line} ${color}`);
      expect(rule).not.toContain('background');
    }
  });
});
