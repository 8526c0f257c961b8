import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SEVERITIES } from '../../src/engine/types.ts';
import { getNote } from '../../src/evidence/notes.ts';
import type { PageSummary, SeverityCounts } from '../../src/messaging/messages.ts';
import { createPageSession, type PageSession } from '../../src/page/page-session.ts';
import {
  isActiveOn,
  loadSettings,
  type Settings,
  watchSettings,
} from '../../src/settings/index.ts';

/** Wires the page layer to settings and messages; the work itself lives in src/page. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.host;
    const isTop = window === window.top;
    let settings: Settings = await loadSettings();
    let session: PageSession | null = null;
    let countsTimer: number | undefined;
    let lastSent = '';

    const active = () => isActiveOn(settings, host);
    const zero = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
    const reportCounts = () => {
      if (countsTimer !== undefined) clearTimeout(countsTimer);
      countsTimer = ctx.setTimeout(() => {
        const message = { type: 'counts', counts: session?.counts() ?? zero(), active: active() };
        const key = JSON.stringify(message);
        if (key === lastSent) return;
        lastSent = key;
        browser.runtime.sendMessage(message).catch(() => {});
      }, 200);
    };
    const apply = () => {
      if (active()) {
        if (session) session.configure(settings);
        else session = createPageSession(document, settings, reportCounts);
      } else {
        session?.destroy();
        session = null;
      }
      reportCounts();
    };
    apply();
    const unwatch = watchSettings((next) => {
      settings = next;
      apply();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void session?.rescanAll());
    ctx.onInvalidated(() => {
      unwatch();
      session?.destroy();
      session = null;
    });

    if (!isTop) return;
    const describe = (): PageSummary => ({
      host,
      active: active(),
      counts: session?.counts() ?? zero(),
      findings: (session?.index.ordered() ?? [])
        .filter((item) => settings.severities[item.finding.severity])
        .map((item, index) => ({
          index,
          severity: item.finding.severity,
          noteId: item.finding.noteId as PageSummary['findings'][number]['noteId'],
          title: getNote(item.finding.noteId)?.title ?? item.finding.noteId,
          snippet: item.finding.text.slice(0, 120),
        })),
    });
    const answer = (message: unknown) => {
      if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
      if (message.type === 'where') return Promise.resolve({ host });
      if (message.type === 'describe') return Promise.resolve(describe());
      return undefined;
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});
