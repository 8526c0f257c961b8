import { expect, test } from 'vitest';
import { findFirefox } from '../../scripts/lib/find-browser.ts';

/**
 * The Firefox half of the suite must fail loudly, with the fix, when there is no Firefox: never
 * pass by skipping it.
 */
test('a FIREFOX_PATH that is not a browser fails with how to install one', () => {
  expect(() => findFirefox({ FIREFOX_PATH: '/nonexistent/firefox' })).toThrow(
    /FIREFOX_PATH is set to \/nonexistent\/firefox.*apt-get install firefox-esr/,
  );
});

test('without FIREFOX_PATH the system Firefox is found', () => {
  expect(findFirefox({})).toMatch(/firefox/);
});
