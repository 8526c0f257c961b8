import { accessSync, constants } from 'node:fs';

/** Where Debian, Ubuntu and Google's packages put Chromium. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set ' +
  'CHROMIUM_PATH to a Chromium or Chrome executable.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to drive: `CHROMIUM_PATH` first, then the usual system paths. Throws with install
 * instructions when there is none, so a test run can never pass by silently skipping the browser.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to ${fromEnv}, which is not an executable. ${NO_BROWSER_MESSAGE}`,
    );
  }
  const found = CANDIDATES.find(isExecutable);
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}
