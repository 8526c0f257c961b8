import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { builtExtensionDir } from '../../scripts/lib/launch-extension.ts';

/**
 * Least privilege, pinned: adding a permission must be a deliberate change to this test. Runs on
 * the build that `npm run test:e2e` makes first.
 */
const manifest = JSON.parse(readFileSync(join(builtExtensionDir(), 'manifest.json'), 'utf8'));

test('asks for storage only, and no host permissions', () => {
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
});

test('keeps the default extension content security policy', () => {
  expect(manifest.content_security_policy).toBeUndefined();
});

test('declares the minimum Chrome the Custom Highlight API needs', () => {
  expect(manifest.minimum_chrome_version).toBe('105');
});

test('ships no remote code: every script is a local file', () => {
  const scripts = [
    manifest.background?.service_worker,
    ...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js),
  ];
  for (const script of scripts) expect(script).toMatch(/^[\w/.-]+\.js$/);
  const js = listFiles(builtExtensionDir()).filter((f) => f.endsWith('.js'));
  for (const file of js) {
    const source = readFileSync(file, 'utf8');
    expect(source, file).not.toMatch(/\bimportScripts\s*\(\s*['"]https?:/);
    expect(source, file).not.toMatch(/\bimport\s*\(\s*['"]https?:/);
  }
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
