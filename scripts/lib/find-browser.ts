import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu and Google's packages put Chromium. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/** Where Debian and Ubuntu put Firefox (ESR first: it is what Debian ships and CI installs). */
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];

export const NO_BROWSER_MESSAGE =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set ' +
  'CHROMIUM_PATH to a Chromium or Chrome executable.';

export const NO_FIREFOX_MESSAGE =
  'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`) or set ' +
  'FIREFOX_PATH to a Firefox 140 or newer executable.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The executable named by `variable` if set, else the first candidate that exists. Throws with
 * install instructions when there is none, so a test run can never pass by silently skipping
 * the browser.
 */
function findExecutable(
  env: NodeJS.ProcessEnv,
  variable: string,
  candidates: string[],
  missing: string,
): string {
  const fromEnv = env[variable];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${variable} is set to ${fromEnv}, which is not an executable. ${missing}`);
  }
  const found = candidates.find(isExecutable);
  if (!found) throw new Error(missing);
  return found;
}

/** The Chromium to drive: `CHROMIUM_PATH` first, then the usual system paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  return findExecutable(env, 'CHROMIUM_PATH', CHROMIUM_CANDIDATES, NO_BROWSER_MESSAGE);
}

/** The Firefox to drive: `FIREFOX_PATH` first, then the usual system paths. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  return findExecutable(env, 'FIREFOX_PATH', FIREFOX_CANDIDATES, NO_FIREFOX_MESSAGE);
}
