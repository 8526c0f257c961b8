export { activeTabId } from '../../../scripts/lib/tabs.ts';
