/**
 * The settings module's public surface, for the background and extension pages. The content script
 * imports ./page-reader.ts, ./sites.ts and ./schema.ts directly: this barrel would bring WXT's
 * storage layer into every page.
 */
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
