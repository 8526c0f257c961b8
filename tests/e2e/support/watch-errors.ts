import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/**
 * Collects what went wrong while a test ran: uncaught errors and console errors in pages (the
 * content script logs to its page's console) and console errors in the extension's service
 * worker. A missing favicon is the static server's doing, not ours, and is left out.
 */
export interface ErrorWatch {
  watch(page: Page): void;
  readonly errors: string[];
}

export function watchErrors(context: BrowserContext): ErrorWatch {
  const errors: string[] = [];
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource')) return;
    errors.push(`${where} console: ${message.text()}`);
  };
  for (const worker of context.serviceWorkers()) worker.on('console', onConsole('extension'));
  context.on('serviceworker', (worker) => worker.on('console', onConsole('extension')));
  return {
    watch(page) {
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', onConsole(page.url() || 'page'));
    },
    errors,
  };
}
