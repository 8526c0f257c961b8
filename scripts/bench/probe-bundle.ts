import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

/**
 * The scripts injected into benchmark pages: the probe (Milia Lens's page layer, engine and
 * highlighter bundled from source with the bundler WXT itself builds with) and mark.js's
 * browser build.
 */
export async function buildProbe(minify = true): Promise<string> {
  const bundle = await rolldown({
    input: resolve(import.meta.dirname, 'page-probe.ts'),
    platform: 'browser',
    logLevel: 'silent',
    // What WXT defines for a Chromium build: the highlighter reads which rules the manifest has.
    transform: { define: { 'import.meta.env.BROWSER': '"chrome"' } },
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

export function markJsSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}
