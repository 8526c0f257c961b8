import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by the settings and badge work; exists so the extension has a service worker.
});
