/** The settings module's public surface, for the content script, background and extension pages. */
export * from './schema.ts';
export { covers, isActiveOn, isSiteEnabled, normalizeHost, setSiteEnabled } from './sites.ts';
export { checkSettings, parseChecklistProgress, parseSettings } from './validate.ts';
export {
  checklistProgressItem,
  loadChecklistProgress,
  loadSettings,
  saveChecklistProgress,
  saveSettings,
  settingsItem,
  watchChecklistProgress,
  watchSettings,
} from './storage.ts';
export { exportSettings, importSettings } from './transfer.ts';
