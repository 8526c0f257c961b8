import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from './find-browser.ts';

/** The Firefox build that `npm run build:firefox` writes (WXT_OUT_DIR moves it). */
export function builtFirefoxDir(): string {
  return resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3');
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id, which is also `browser.runtime.id` inside the extension. */
  addonId: string;
  /** `moz-extension://<uuid>/`: the origin of the extension's pages in this profile. */
  extensionBase: string;
  close(): Promise<void>;
}

/**
 * Starts the system Firefox through WebDriver BiDi (puppeteer-core) and installs the built MV3
 * extension as a temporary add-on. Firefox gives each add-on a random per-profile UUID; it is
 * fixed in advance through the `extensions.webextensions.uuids` pref, so the extension's page
 * URLs are known without reading the browser's internal pages.
 * `--remote-allow-system-access` is what Firefox 153 needs before WebDriver may open
 * moz-extension:// pages at all.
 */
export async function launchFirefoxExtension(
  extensionDir = builtFirefoxDir(),
  extraPrefs: Record<string, unknown> = {},
): Promise<LaunchedFirefox> {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await launchFirefox({
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    ...extraPrefs,
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    addonId,
    extensionBase: `moz-extension://${uuid}/`,
    close: () => browser.close(),
  };
}

/** The system Firefox, headless, kept off the network, without any add-on. */
export function launchFirefox(extraPrefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
    // Release builds ignore the Remote Settings server pref below unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      // Keep Firefox off the network: this machine has none, and the test counts requests.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      // Remote Settings (blocklists, certificate data) would otherwise be fetched at start-up;
      // this is the value Firefox's own test harnesses use.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      // No favicon fetches: they are the browser's, and would blur what the request test sees.
      'browser.chrome.site_icons': false,
      ...extraPrefs,
    },
  });
}
