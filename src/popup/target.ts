/**
 * What a popup page shows, from its URL: `?tab=<id>` describes that tab (a popup opened in a tab
 * of its own, as end-to-end tests do), `?view=checklist` is the checklist page the note card's
 * action opens, and no parameter is the toolbar popup describing the active tab of its window.
 */
export type PopupTarget =
  { kind: 'active-tab' } | { kind: 'tab'; tabId: number } | { kind: 'checklist' };

export function targetFromSearch(search: string): PopupTarget {
  const params = new URLSearchParams(search);
  if (params.get('view') === 'checklist') return { kind: 'checklist' };
  const tab = params.get('tab');
  if (tab !== null && /^\d{1,10}$/.test(tab)) return { kind: 'tab', tabId: Number(tab) };
  return { kind: 'active-tab' };
}
