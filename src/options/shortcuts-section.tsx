import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** Firefox extension pages live under moz-extension://; the settings page differs per browser. */
function whereToChange(): string {
  return browser.runtime.getURL('/').startsWith('moz-extension:')
    ? 'In Firefox, open about:addons, click the gear menu and choose “Manage Extension Shortcuts”.'
    : 'In Chrome, Edge and other Chromium browsers, open chrome://extensions/shortcuts (pages can’t link there: copy it into the address bar).';
}

/** The current keyboard shortcuts, as the browser reports them (the user may have changed them). */
export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .filter((c) => c.name && c.name !== '_execute_action')
            .map((c) => ({
              name: c.name ?? '',
              description: c.description ?? c.name ?? '',
              shortcut: c.shortcut ?? '',
            })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);
  return (
    <section class="group" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {shortcuts === null ? (
        <p class="hint">Loading…</p>
      ) : (
        <dl class="shortcuts">
          {shortcuts.map((s) => (
            <div key={s.name} class="shortcuts__row">
              <dt>{s.description}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : 'Not set'}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="hint">{whereToChange()}</p>
    </section>
  );
}
