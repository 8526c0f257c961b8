import { useSettings } from '../popup/use-settings.ts';
import { HighlightSection } from './highlight-section.tsx';
import { ModeSection } from './mode-section.tsx';
import { ShortcutsSection } from './shortcuts-section.tsx';
import { SiteList } from './site-list.tsx';
import { TransferSection } from './transfer-section.tsx';

/** The options page. Every change is saved at once; open pages repaint from the storage change. */
export function Options() {
  const { settings, save, error } = useSettings();
  const saveNow = (next: Parameters<typeof save>[0]) => void save(next);
  return (
    <main class="options">
      <h1>Milia Lens options</h1>
      <p class="hint">Changes are saved as you make them.</p>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {settings === null ? (
        <p class="hint options__loading">Loading your settings…</p>
      ) : (
        <>
          <ModeSection settings={settings} save={saveNow} />
          <SiteList settings={settings} save={saveNow} />
          <HighlightSection settings={settings} save={saveNow} />
          <ShortcutsSection />
          <TransferSection settings={settings} save={saveNow} />
        </>
      )}
    </main>
  );
}
