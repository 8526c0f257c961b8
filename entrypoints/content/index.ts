import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detect } from '../../src/engine/detect.ts';
import type { Severity } from '../../src/engine/types.ts';
import { collectBlocks, locate } from '../../src/page/collect-text.ts';
import { paint, unpaint } from '../../src/page/paint.ts';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const ranges = new Map<Severity, AbstractRange[]>();
    for (const block of collectBlocks(document.body ?? document.documentElement)) {
      for (const finding of detect(block.text)) {
        const at = locate(block, finding.start, finding.end);
        if (!at) continue;
        const range = new StaticRange(at);
        const list = ranges.get(finding.severity) ?? [];
        list.push(range);
        ranges.set(finding.severity, list);
      }
    }
    paint(ranges);
    ctx.onInvalidated(unpaint);

    if (window !== window.top) return;
    const answer = (message: unknown) => {
      if (message && typeof message === 'object' && 'type' in message && message.type === 'where') {
        return Promise.resolve({ host: location.host });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  },
});
