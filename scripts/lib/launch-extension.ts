import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { findChromium } from './find-browser.ts';

/** The Chrome build that `npm run build` writes (WXT_OUT_DIR moves it, as in wxt.config.ts). */
export function builtExtensionDir(): string {
  return resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; the profile is deleted unless it was passed in (to reopen it later). */
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Reuse a profile, e.g. to check that settings survive a browser restart. */
  userDataDir?: string;
  headless?: boolean;
  /** What pages see as the user's colour scheme and motion preference. */
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce';
}

/**
 * Starts the system Chromium with the built extension loaded, in a throwaway profile. The flags
 * keep Chromium off the network: this machine has none, and background fetches would only fail.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? builtExtensionDir();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const ownProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'milia-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme,
    reducedMotion: options.reducedMotion,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
