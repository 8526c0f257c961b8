import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageSummary } from '../messaging/messages.ts';
import { describeTab } from '../messaging/send.ts';
import type { Settings } from '../settings/schema.ts';
import type { PopupTarget } from './target.ts';

export type PageState =
  | { status: 'loading' }
  /** No content script answered: a browser page, the web store, a PDF, file:// without access. */
  | { status: 'unavailable'; tabId: number | null }
  | { status: 'ready'; tabId: number; summary: PageSummary };

/**
 * The described tab's page summary. It is asked again whenever the settings change, because the
 * content script repaints on the same change and its summary (active, findings) follows.
 */
export function usePage(target: PopupTarget, settings: Settings | null): PageState {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<PageState>({ status: 'loading' });

  useEffect(() => {
    if (target.kind === 'tab') setTabId(target.tabId);
    else if (target.kind === 'active-tab') void activeTabId().then(setTabId);
  }, [target]);

  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ status: 'unavailable', tabId: null });
      return;
    }
    let current = true;
    void describeTab(tabId).then((summary) => {
      if (!current) return;
      setState(summary ? { status: 'ready', tabId, summary } : { status: 'unavailable', tabId });
    });
    return () => {
      current = false;
    };
  }, [tabId, settings]);

  return state;
}

/** Needs no `tabs` permission: the query returns ids, and no URL is read. */
async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id ?? null;
}
