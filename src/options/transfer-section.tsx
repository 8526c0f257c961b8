import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../settings/schema.ts';
import { exportSettings, importSettings, MAX_IMPORT_BYTES } from '../settings/transfer.ts';

interface Props {
  settings: Settings;
  save(next: Settings): void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Export to a JSON file, import one (strictly validated), and reset to the defaults. */
export function TransferSection({ settings, save }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const [exportUrl, setExportUrl] = useState<string | null>(null);

  // A fresh blob URL for the current settings; the old one is released.
  useEffect(() => {
    const url = URL.createObjectURL(
      new Blob([exportSettings(settings)], { type: 'application/json' }),
    );
    setExportUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [settings]);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({
        kind: 'error',
        text: 'The file is too large to be a settings file. Nothing was changed.',
      });
      return;
    }
    const result = importSettings(await file.text());
    if (result.ok) {
      save(result.settings);
      setStatus({ kind: 'ok', text: `Imported the settings from ${file.name}.` });
    } else {
      setStatus({ kind: 'error', text: result.error });
    }
  };

  return (
    <section class="group" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Back up and restore</h2>
      <div class="row">
        {exportUrl ? (
          <a class="button" href={exportUrl} download="milia-lens-settings.json">
            Export settings
          </a>
        ) : null}
        <label class="button" for="import-file">
          Import settings…
        </label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      {status ? (
        <p
          class={status.kind === 'ok' ? 'notice' : 'notice notice--error'}
          role={status.kind === 'ok' ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      ) : null}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">Reset every setting, including the site list, to the defaults?</p>
          <button
            type="button"
            class="button button--danger"
            onClick={() => {
              save(defaultSettings());
              setConfirming(false);
              setStatus({ kind: 'ok', text: 'All settings are back to their defaults.' });
            }}
          >
            Yes, reset
          </button>{' '}
          <button type="button" class="button" autoFocus onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          Reset to defaults…
        </button>
      )}
    </section>
  );
}
