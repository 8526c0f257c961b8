import browser from 'webextension-polyfill';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops a content script when a newer copy of it announces itself with a DOM event on
 * `document`, named after the extension id and the entrypoint. A page can dispatch that event
 * too (an extension's id is public), and so switch Milia Lens off in its tab. A genuine newer
 * copy only runs once this copy's extension context is gone (an update or reload), and then
 * `browser.runtime.id` is unset; while it is set, the announcement came from the page and is
 * stopped, by a capturing listener on `window`, before WXT's listener on `document` sees it.
 */
export function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  ctx.addEventListener(
    window,
    startedEventName(),
    (event: Event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/** WXT's own name for the event (private in its typings, public at run time): no guessing. */
function startedEventName(): string {
  const statics = ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string };
  return statics.SCRIPT_STARTED_MESSAGE_TYPE;
}
