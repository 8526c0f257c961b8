import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/listeners.ts';

export default defineBackground(() => {
  startBackground();
});
