import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, MAX_SITES } from '../../src/settings/schema.ts';
import { parseChecklistProgress, parseSettings } from '../../src/settings/validate.ts';

const good = {
  mode: 'only-listed',
  sites: ['example.com', 'shop.example.org'],
  paused: true,
  severities: { danger: true, warning: true, caution: false, info: false, agrees: true },
  highlightStyle: 'background',
  hoverDelayMs: 600,
};

describe('parseSettings', () => {
  test('a valid value is kept as it is', () => {
    expect(parseSettings(good)).toEqual({ settings: good, repaired: false });
  });

  test('nothing stored yet gives the defaults without a repair', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  test.each([42, 'nonsense', [1, 2], true])(
    'a value that is not an object (%j) gives the defaults',
    (raw) => {
      expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
    },
  );

  test('a truncated JSON string gives the defaults', () => {
    const text = JSON.stringify(good).slice(0, 40);
    expect(parseSettings(text)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  test('a complete JSON string is read, and marked for rewriting as an object', () => {
    expect(parseSettings(JSON.stringify(good))).toEqual({ settings: good, repaired: true });
  });

  test('wrong types fall back field by field, keeping the valid fields', () => {
    const { settings, repaired } = parseSettings({
      ...good,
      paused: 'yes',
      hoverDelayMs: '600',
      highlightStyle: 'blink',
    });
    expect(repaired).toBe(true);
    expect(settings).toEqual({
      ...good,
      paused: DEFAULT_SETTINGS.paused,
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
    });
  });

  test.each([-1, 2001, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'an out-of-range hover delay (%s) falls back to the default',
    (hoverDelayMs) => {
      expect(parseSettings({ ...good, hoverDelayMs }).settings.hoverDelayMs).toBe(250);
    },
  );

  test('the hover delay limits themselves are allowed', () => {
    expect(parseSettings({ ...good, hoverDelayMs: 0 }).settings.hoverDelayMs).toBe(0);
    expect(parseSettings({ ...good, hoverDelayMs: 2000 }).settings.hoverDelayMs).toBe(2000);
  });

  test('unknown keys are dropped', () => {
    const { settings, repaired } = parseSettings({ ...good, extra: 1, __proto__x: 2 });
    expect(repaired).toBe(true);
    expect(settings).toEqual(good);
  });

  test('a severity map with a bad or missing entry keeps the good ones', () => {
    const { settings } = parseSettings({
      ...good,
      severities: { danger: false, warning: 'no', bogus: true },
    });
    expect(settings.severities).toEqual({
      danger: false,
      warning: true,
      caution: true,
      info: true,
      agrees: true,
    });
  });

  test('invalid and duplicate site entries are dropped, the rest normalised', () => {
    const { settings, repaired } = parseSettings({
      ...good,
      sites: [
        'Example.com',
        'example.com',
        42,
        'not a host',
        null,
        'WWW.Other.org:80',
        'bücher.example',
      ],
    });
    expect(repaired).toBe(true);
    expect(settings.sites).toEqual(['example.com', 'other.org', 'xn--bcher-kva.example']);
  });

  test('a huge site list is capped', () => {
    const sites = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const { settings, repaired } = parseSettings({ ...good, sites });
    expect(repaired).toBe(true);
    expect(settings.sites).toHaveLength(MAX_SITES);
    expect(settings.sites[0]).toBe('site0.example');
  });

  test('a huge string is not parsed', () => {
    const { settings, repaired } = parseSettings(`{"mode":"${'x'.repeat(1_000_000)}"}`);
    expect(repaired).toBe(true);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  test('a huge string in a field is rejected without being kept', () => {
    const { settings } = parseSettings({
      ...good,
      sites: ['a'.repeat(1_000_000)],
      mode: 'x'.repeat(1e6),
    });
    expect(settings.sites).toEqual([]);
    expect(settings.mode).toBe('all-except-listed');
  });

  test('never shares the defaults object', () => {
    const { settings } = parseSettings(undefined);
    settings.sites.push('example.com');
    settings.severities.info = false;
    expect(DEFAULT_SETTINGS.sites).toEqual([]);
    expect(DEFAULT_SETTINGS.severities.info).toBe(true);
  });
});

describe('parseChecklistProgress', () => {
  test('keeps boolean ticks by item id', () => {
    expect(parseChecklistProgress({ 'gentle-cleanser': true, sunscreen: false })).toEqual({
      progress: { 'gentle-cleanser': true, sunscreen: false },
      repaired: false,
    });
  });

  test('nothing stored yet is an empty list without a repair', () => {
    expect(parseChecklistProgress(undefined)).toEqual({ progress: {}, repaired: false });
  });

  test('drops non-boolean ticks and odd keys', () => {
    expect(
      parseChecklistProgress({ ok: true, bad: 'yes', 'Not An Id': true, ['x'.repeat(100)]: true }),
    ).toEqual({ progress: { ok: true }, repaired: true });
  });

  test('a value that is not an object gives an empty list', () => {
    expect(parseChecklistProgress([true, false])).toEqual({ progress: {}, repaired: true });
    expect(parseChecklistProgress('{"a":tr')).toEqual({ progress: {}, repaired: true });
  });

  test('caps a huge map', () => {
    const huge = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`item-${i}`, true]));
    const { progress, repaired } = parseChecklistProgress(huge);
    expect(repaired).toBe(true);
    expect(Object.keys(progress).length).toBeLessThanOrEqual(100);
  });
});
