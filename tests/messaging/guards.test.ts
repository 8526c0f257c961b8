import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  isFromThisExtension,
  isPageSummary,
  isToBackground,
  isToContent,
  isTrustedBackgroundSender,
} from '../../src/messaging/guards.ts';
import { logOnce, resetLogOnce } from '../../src/messaging/log-once.ts';
import type { PageSummary } from '../../src/messaging/messages.ts';

const counts = { danger: 1, warning: 2, caution: 0, info: 3, agrees: 0 };
const summary: PageSummary = {
  host: 'example.com',
  active: true,
  counts,
  findings: [
    {
      index: 0,
      severity: 'warning',
      noteId: 'needle-at-home',
      title: 'Needles at home',
      snippet: 'prick it with a needle',
    },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
  resetLogOnce();
});

describe('isToContent', () => {
  test.each([
    { type: 'describe' },
    { type: 'reveal', index: 0 },
    { type: 'reveal', index: 12 },
    { type: 'command', command: 'next-finding' },
    { type: 'command', command: 'previous-finding' },
  ])('accepts %j', (m) => expect(isToContent(m)).toBe(true));

  test.each([
    null,
    undefined,
    'describe',
    [],
    {},
    { type: 'where' },
    { type: 'reveal' },
    { type: 'reveal', index: -1 },
    { type: 'reveal', index: 1.5 },
    { type: 'reveal', index: '3' },
    { type: 'reveal', index: 1e9 },
    { type: 'command', command: 'toggle-site' },
    { type: 'counts', counts, active: true },
  ])('rejects %j', (m) => expect(isToContent(m)).toBe(false));
});

describe('isToBackground', () => {
  test.each([
    { type: 'counts', counts, active: true },
    { type: 'counts', counts, active: false },
    { type: 'open-checklist' },
    { type: 'turn-off-site', host: 'www.example.com' },
  ])('accepts %j', (m) => expect(isToBackground(m)).toBe(true));

  test.each([
    null,
    42,
    { type: 'counts' },
    { type: 'counts', counts, active: 'yes' },
    { type: 'counts', counts: { ...counts, danger: -1 }, active: true },
    { type: 'counts', counts: { ...counts, warning: Number.NaN }, active: true },
    { type: 'counts', counts: { danger: 1 }, active: true },
    { type: 'describe' },
    { type: 'turn-off-site' },
    { type: 'turn-off-site', host: '' },
    { type: 'turn-off-site', host: ['example.com'] },
  ])('rejects %j', (m) => expect(isToBackground(m)).toBe(false));
});

describe('isPageSummary', () => {
  test('accepts a well-formed summary', () => {
    expect(isPageSummary(summary)).toBe(true);
    expect(isPageSummary({ ...summary, host: '', findings: [] })).toBe(true);
  });

  const finding = summary.findings[0];
  test.each([
    ['no host', { ...summary, host: undefined }],
    ['a host that is not text', { ...summary, host: 7 }],
    ['counts missing', { ...summary, counts: undefined }],
    ['findings not a list', { ...summary, findings: {} }],
    [
      'a finding with an unknown severity',
      { ...summary, findings: [{ ...finding, severity: 'meh' }] },
    ],
    ['a finding with an unknown note', { ...summary, findings: [{ ...finding, noteId: 'nope' }] }],
    [
      'a snippet that is not text',
      { ...summary, findings: [{ ...finding, snippet: { html: '<b>' } }] },
    ],
    ['a huge snippet', { ...summary, findings: [{ ...finding, snippet: 'x'.repeat(100_000) }] }],
    ['too many findings', { ...summary, findings: Array.from({ length: 6000 }, () => finding) }],
  ])('rejects %s', (_name, m) => expect(isPageSummary(m)).toBe(false));
});

describe('senders', () => {
  const ours = 'test-extension-id';
  const contentScript: Runtime.MessageSender = {
    id: ours,
    tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
    frameId: 0,
    url: 'https://example.com/page',
  };
  const popup: Runtime.MessageSender = { id: ours, url: `chrome-extension://${ours}/popup.html` };

  test('our content scripts and our pages are trusted', () => {
    expect(isFromThisExtension(contentScript)).toBe(true);
    expect(isTrustedBackgroundSender(contentScript)).toBe(true);
    expect(isTrustedBackgroundSender(popup)).toBe(true);
  });

  test('another extension is not', () => {
    const foreign = { ...contentScript, id: 'someone-else' };
    expect(isFromThisExtension(foreign)).toBe(false);
    expect(isTrustedBackgroundSender(foreign)).toBe(false);
    expect(isTrustedBackgroundSender({ ...popup, id: 'someone-else' })).toBe(false);
  });

  test('a sender of ours with neither a tab nor an extension-page URL is not', () => {
    expect(isTrustedBackgroundSender({ id: ours })).toBe(false);
    expect(isTrustedBackgroundSender({ id: ours, url: 'https://evil.example/' })).toBe(false);
    expect(
      isTrustedBackgroundSender({ id: ours, url: 'chrome-extension://other-id/popup.html' }),
    ).toBe(false);
  });
});

test('logOnce warns once per key', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  logOnce('bad thing', 1);
  logOnce('bad thing', 2);
  logOnce('other thing');
  expect(warn).toHaveBeenCalledTimes(2);
  warn.mockRestore();
});
