import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from './find-browser.ts';
import { zipDirectory } from './zip-directory.ts';

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
 * Starts the system Firefox through WebDriver BiDi (puppeteer-core) with the built MV3 extension.
 * Firefox gives each add-on a random per-profile UUID; it is fixed in advance through the
 * `extensions.webextensions.uuids` pref, so the extension's page URLs are known without reading
 * the browser's internal pages.
 * `--remote-allow-system-access` is what Firefox 153 needs before WebDriver may open
 * moz-extension:// pages at all.
 *
 * Without `profileDir` the profile is temporary and the build is installed as a temporary
 * add-on. With it, see `installIntoProfile`: the profile is kept, and launching again on it is
 * a browser restart with the extension and its storage still there.
 */
export async function launchFirefoxExtension(
  extensionDir = builtFirefoxDir(),
  extraPrefs: Record<string, unknown> = {},
  profileDir?: string,
): Promise<LaunchedFirefox> {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = profileDir ? uuidFor(profileDir) : randomUUID();
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    ...(profileDir ? installIntoProfile(extensionDir, addonId, profileDir) : {}),
    ...extraPrefs,
  };
  const browser = await launchFirefox(prefs, profileDir);
  try {
    if (!profileDir) await browser.installExtension(extensionDir);
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

/**
 * Puts the build into the profile as a regular, permanent add-on: packed as `<id>.xpi` in the
 * profile's `extensions/` folder, where Firefox finds it at start-up. A temporary add-on would
 * not do: Firefox removes it, with its storage, when it closes. Returns the prefs that let
 * Firefox ESR load it: the build is unsigned, and add-ons dropped into a folder would otherwise
 * start disabled.
 */
function installIntoProfile(
  extensionDir: string,
  addonId: string,
  profileDir: string,
): Record<string, unknown> {
  const xpi = join(profileDir, 'extensions', `${addonId}.xpi`);
  if (!existsSync(xpi)) {
    mkdirSync(join(profileDir, 'extensions'), { recursive: true });
    writeFileSync(xpi, zipDirectory(extensionDir));
  }
  return {
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
  };
}

/**
 * The add-on UUID for a kept profile, the same at every launch on it: the extension's storage
 * belongs to its moz-extension:// origin, so a new UUID would look like a new install.
 */
function uuidFor(profileDir: string): string {
  const hex = createHash('sha256').update(resolve(profileDir)).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    variant + hex.slice(17, 20),
    hex.slice(20, 32),
  ].join('-');
}

/**
 * The system Firefox, headless, kept off the network, without any add-on (unless the given
 * profile holds one). With `userDataDir` the profile is kept when the browser closes.
 */
export function launchFirefox(
  extraPrefs: Record<string, unknown> = {},
  userDataDir?: string,
): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    userDataDir,
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
