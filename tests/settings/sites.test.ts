import { describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../../src/settings/schema.ts';
import {
  isActiveOn,
  isSiteEnabled,
  normalizeHost,
  setSiteEnabled,
} from '../../src/settings/sites.ts';

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

describe('normalizeHost', () => {
  test.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['  example.com  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['example.com:8080', 'example.com'],
    ['https://www.Example.com:8443/path?q=1#x', 'example.com'],
    ['http://shop.example.com/', 'shop.example.com'],
    ['example.com/some/page', 'example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['https://BÜCHER.example/', 'xn--bcher-kva.example'],
    ['127.0.0.1:41234', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['[::1]:3000', '[::1]'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  test.each([
    '',
    '   ',
    'not a host',
    'exa mple.com',
    'user@example.com',
    'http://',
    '.',
    '-bad-.com',
    'a..b',
    '%%%',
    'x'.repeat(300),
    `${'a'.repeat(64)}.com`,
  ])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBeNull();
  });

  test('rejects values that are not strings', () => {
    expect(normalizeHost(42 as unknown as string)).toBeNull();
  });
});

describe('isActiveOn', () => {
  test('on everywhere by default', () => {
    expect(isActiveOn(settings(), 'example.com')).toBe(true);
  });

  test('paused turns it off everywhere', () => {
    expect(isActiveOn(settings({ paused: true }), 'example.com')).toBe(false);
    expect(isSiteEnabled(settings({ paused: true }), 'example.com')).toBe(true);
  });

  test('a listed site is off in all-except-listed mode, with its subdomains', () => {
    const s = settings({ sites: ['example.com'] });
    expect(isActiveOn(s, 'example.com')).toBe(false);
    expect(isActiveOn(s, 'shop.example.com')).toBe(false);
    expect(isActiveOn(s, 'www.example.com:8080')).toBe(false);
    expect(isActiveOn(s, 'notexample.com')).toBe(true);
    expect(isActiveOn(s, 'example.org')).toBe(true);
  });

  test('only listed sites are on in only-listed mode', () => {
    const s = settings({ mode: 'only-listed', sites: ['example.com'] });
    expect(isActiveOn(s, 'example.com')).toBe(true);
    expect(isActiveOn(s, 'a.b.example.com')).toBe(true);
    expect(isActiveOn(s, 'other.com')).toBe(false);
  });

  test('a host given as punycode or Unicode matches the same entry', () => {
    const s = settings({ sites: ['xn--bcher-kva.example'] });
    expect(isActiveOn(s, 'bücher.example')).toBe(false);
    expect(isActiveOn(s, 'xn--bcher-kva.example')).toBe(false);
  });
});

describe('setSiteEnabled', () => {
  test('turning a site off lists it in all-except-listed mode', () => {
    const s = setSiteEnabled(settings(), 'https://www.Example.com/x', false);
    expect(s.sites).toEqual(['example.com']);
    expect(isActiveOn(s, 'example.com')).toBe(false);
  });

  test('turning it back on removes it', () => {
    const s = setSiteEnabled(
      settings({ sites: ['example.com', 'other.org'] }),
      'example.com',
      true,
    );
    expect(s.sites).toEqual(['other.org']);
  });

  test('turning a site on lists it in only-listed mode, off removes it', () => {
    const on = setSiteEnabled(settings({ mode: 'only-listed' }), 'example.com', true);
    expect(on.sites).toEqual(['example.com']);
    expect(isActiveOn(on, 'example.com')).toBe(true);
    const off = setSiteEnabled(on, 'example.com', false);
    expect(off.sites).toEqual([]);
    expect(isActiveOn(off, 'example.com')).toBe(false);
  });

  test('a change that is already in effect leaves the settings as they are', () => {
    const s = settings({ sites: ['example.com'] });
    expect(setSiteEnabled(s, 'shop.example.com', false)).toBe(s);
  });

  test('turning on a subdomain whose parent is listed as off removes the parent entry', () => {
    const s = setSiteEnabled(settings({ sites: ['example.com'] }), 'shop.example.com', true);
    expect(isActiveOn(s, 'shop.example.com')).toBe(true);
    expect(s.sites).toEqual([]);
  });

  test('turning off a subdomain of an only-listed parent removes the parent entry', () => {
    const s = settings({ mode: 'only-listed', sites: ['example.com', 'x.org'] });
    const next = setSiteEnabled(s, 'shop.example.com', false);
    expect(isActiveOn(next, 'shop.example.com')).toBe(false);
    expect(next.sites).toEqual(['x.org']);
  });

  test('does not touch the global pause', () => {
    const s = setSiteEnabled(settings({ paused: true }), 'example.com', false);
    expect(s.paused).toBe(true);
    expect(isSiteEnabled(s, 'example.com')).toBe(false);
  });

  test('ignores a host that is not one', () => {
    const s = settings();
    expect(setSiteEnabled(s, 'not a host', false)).toBe(s);
  });
});
