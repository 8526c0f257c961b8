import { describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../../src/settings/schema.ts';
import { exportSettings, importSettings } from '../../src/settings/transfer.ts';

const custom: Settings = {
  ...defaultSettings(),
  mode: 'only-listed',
  sites: ['example.com', 'xn--bcher-kva.example'],
  highlightStyle: 'background',
  hoverDelayMs: 0,
};

describe('export and import', () => {
  test('round trip gives back the same settings', () => {
    expect(importSettings(exportSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  test('the export is readable JSON naming its format and version', () => {
    expect(JSON.parse(exportSettings(custom))).toEqual({
      format: 'milia-lens-settings',
      version: 2,
      settings: custom,
    });
  });

  test.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['truncated', exportSettings(custom).slice(0, 50), /not valid JSON/],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', /not a Milia Lens settings file/],
    ['an array', '[1,2,3]', /not a Milia Lens settings file/],
    [
      'a future version',
      JSON.stringify({ format: 'milia-lens-settings', version: 3, settings: custom }),
      /version 3 is not supported/,
    ],
    ['no settings', JSON.stringify({ format: 'milia-lens-settings', version: 2 }), /no settings/],
    [
      'a wrong field',
      JSON.stringify({
        format: 'milia-lens-settings',
        version: 2,
        settings: { ...custom, hoverDelayMs: 5000 },
      }),
      /hoverDelayMs/,
    ],
    [
      'an invalid site',
      JSON.stringify({
        format: 'milia-lens-settings',
        version: 2,
        settings: { ...custom, sites: ['no way'] },
      }),
      /sites/,
    ],
    [
      'an unknown field',
      JSON.stringify({
        format: 'milia-lens-settings',
        version: 2,
        settings: { ...custom, evil: 1 },
      }),
      /evil/,
    ],
  ])('rejects %s with a message, changing nothing', (_name, text, message) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was changed/);
    }
  });

  test('rejects a huge file without parsing it', () => {
    const result = importSettings(
      `{"format":"milia-lens-settings","pad":"${'x'.repeat(500_000)}"}`,
    );
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
  });
});
