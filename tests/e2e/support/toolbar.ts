/**
 * Reads what the toolbar shows for a tab, and the shortcuts bound to the extension's commands. Test-only code run in an extension context (Chromium's
 * service worker, a Firefox extension page), where the raw extension API is a global: `chrome`
 * in Chromium, `browser` in Firefox, the same calls in both.
 */
export const readToolbarState = async (
  tabId: number,
): Promise<{ text: string; active: boolean | null }> => {
  const g = globalThis as unknown as { browser?: ToolbarApi; chrome?: ToolbarApi };
  const api = (g.browser ?? g.chrome)!;
  const text = await api.action.getBadgeText({ tabId });
  const stored = await api.storage.session.get('badgeState');
  const frames = stored.badgeState?.[String(tabId)];
  return { text, active: frames?.['0']?.active ?? null };
};

export const readShortcuts = async (): Promise<Record<string, string>> => {
  const g = globalThis as unknown as { browser?: ToolbarApi; chrome?: ToolbarApi };
  const commands = await (g.browser ?? g.chrome)!.commands.getAll();
  return Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
};

interface ToolbarApi {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    session: {
      get(
        key: string,
      ): Promise<{ badgeState?: Record<string, Record<string, { active: boolean }>> }>;
    };
  };
}
