import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isToContent } from '../../src/messaging/guards.ts';
import { ignoreForgedRestarts } from '../../src/messaging/page-events.ts';
import { sendToBackground } from '../../src/messaging/send.ts';
import { createLens, type Lens } from '../../src/page/lens.ts';
import { loadEngine } from '../../src/page/load-engine.ts';
import { summarizePage, zeroCounts } from '../../src/page/page-summary.ts';
import { mountUiHost } from '../../src/page/ui-host.ts';
import { readSettings, watchStoredSettings } from '../../src/settings/page-reader.ts';
import type { Settings } from '../../src/settings/schema.ts';
import { isActiveOn } from '../../src/settings/sites.ts';
// The default look's highlight rules, which WXT lists as this script's CSS in the manifest.
import 'virtual:milia-lens-page-rules.css';

/** Wires the page layer to settings and messages; the work itself lives in src/page. */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // In the page's style from the start, in every frame this script runs in: painting then adds
  // no stylesheet, so the browser has no page-wide restyle to do (scripts/build/page-rules.ts).
  cssInjectionMode: 'manifest',
  async main(ctx) {
    ignoreForgedRestarts(ctx);
    const host = location.host;
    const isTop = window === window.top;
    let settings: Settings = await readSettings();
    let lens: Lens | null = null;
    let countsTimer: number | undefined;
    let lastSent = '';

    const active = () => isActiveOn(settings, host);
    const reportCounts = () => {
      if (countsTimer !== undefined) clearTimeout(countsTimer);
      countsTimer = ctx.setTimeout(() => {
        const message = {
          type: 'counts',
          counts: lens?.session.counts() ?? zeroCounts(),
          active: active(),
        };
        const key = JSON.stringify(message);
        if (key === lastSent) return;
        lastSent = key;
        browser.runtime.sendMessage(message).catch(() => {});
      }, 200);
    };
    // The background writes the settings; this frame learns the outcome from the storage watch.
    const turnOffSite = () => {
      void sendToBackground({ type: 'turn-off-site', host }).catch((error: unknown) =>
        console.error('Milia Lens: could not save the site switch', error),
      );
    };
    const apply = () => {
      if (active()) {
        if (lens) lens.configure(settings);
        else
          lens = createLens({
            doc: document,
            settings,
            mountHost: (css) => mountUiHost(ctx, document, css),
            onFindingsChanged: reportCounts,
            onTurnOffSite: turnOffSite,
            onOpenChecklist: () =>
              void sendToBackground({ type: 'open-checklist' }).catch(() => {}),
            fetchNotes: (ids) => sendToBackground({ type: 'notes', ids }),
            loadEngine,
            signal: ctx.signal,
          });
      } else {
        lens?.destroy();
        lens = null;
      }
      reportCounts();
    };
    apply();
    const unwatch = watchStoredSettings((next) => {
      settings = next;
      apply();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void lens?.session.rescanAll());
    ctx.onInvalidated(() => {
      unwatch();
      lens?.destroy();
      lens = null;
    });

    if (!isTop) return;
    const answer = (message: unknown) => {
      if (!message || typeof message !== 'object' || !('type' in message)) return undefined;
      if (message.type === 'where') return Promise.resolve({ host });
      if (!isToContent(message)) return undefined;
      if (message.type === 'describe') return summarizePage(host, active(), lens);
      if (message.type === 'reveal') {
        return (lens?.navigator.reveal(message.index) ?? Promise.resolve(false)).then((ok) => ({
          ok,
        }));
      }
      void lens?.navigator.step(message.command === 'next-finding' ? 1 : -1);
      return undefined;
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});
