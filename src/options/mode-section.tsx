import { SITE_MODES, type Settings, type SiteMode } from '../settings/schema.ts';

const LABELS: Record<SiteMode, { title: string; hint: string }> = {
  'all-except-listed': {
    title: 'On all sites except the ones listed',
    hint: 'The list below holds the sites where Milia Lens is off.',
  },
  'only-listed': {
    title: 'Only on the sites listed',
    hint: 'The list below holds the sites where Milia Lens is on.',
  },
};

interface Props {
  settings: Settings;
  save(next: Settings): void;
}

export function ModeSection({ settings, save }: Props) {
  return (
    <fieldset class="group">
      <legend>Where to highlight</legend>
      {SITE_MODES.map((mode) => (
        <label key={mode} class="choice">
          <input
            type="radio"
            name="mode"
            value={mode}
            checked={settings.mode === mode}
            aria-describedby={`mode-hint-${mode}`}
            onChange={() => save({ ...settings, mode })}
          />
          <span>
            {LABELS[mode].title}
            <span class="hint" id={`mode-hint-${mode}`}>
              {LABELS[mode].hint}
            </span>
          </span>
        </label>
      ))}
      <label class="choice">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => save({ ...settings, paused: e.currentTarget.checked })}
        />
        <span>Pause on all sites</span>
      </label>
    </fieldset>
  );
}
