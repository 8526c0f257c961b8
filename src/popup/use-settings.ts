import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema.ts';
import { loadSettings, saveSettings, watchSettings } from '../settings/storage.ts';

export interface SettingsHandle {
  /** Null until loaded. */
  settings: Settings | null;
  /** Saves; the page updates from the storage change, like every other open page does. */
  save(next: Settings): Promise<void>;
  /** Set when the last save failed (e.g. sync storage quota), for the page to show. */
  error: string | null;
}

/**
 * Live settings for an extension page: loaded once, then kept current by watching storage.
 * A field that saves on every keystroke (the hover delay) starts saves faster than storage
 * finishes them, so saves run one after another in the order they were made: in Firefox an
 * earlier write could land last (typing "1000" stored 10).
 */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queue = useRef(Promise.resolve());
  useEffect(() => {
    let current = true;
    void loadSettings().then((loaded) => current && setSettings(loaded));
    const unwatch = watchSettings(setSettings);
    return () => {
      current = false;
      unwatch();
    };
  }, []);
  const save = useCallback(async (next: Settings) => {
    setSettings(next);
    const write = queue.current.then(() => saveSettings(next));
    queue.current = write.catch(() => undefined);
    try {
      await write;
      setError(null);
    } catch (cause) {
      setError(`Your change could not be saved: ${String(cause)}`);
    }
  }, []);
  return { settings, save, error };
}
