import { useEffect, useRef, useState } from 'preact/hooks';
import { SEVERITIES } from '../engine/types.ts';
import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  isValidHoverDelay,
  type Settings,
} from '../settings/schema.ts';
import { SEVERITY_LABELS } from '../ui/note-card.tsx';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  underline: 'Underline',
  background: 'Coloured background',
};

interface Props {
  settings: Settings;
  save(next: Settings): void;
}

/** What to highlight and how: severities, style and the hover delay before a card opens. */
export function HighlightSection({ settings, save }: Props) {
  const [delay, setDelay] = useState(String(settings.hoverDelayMs));
  const delayField = useRef<HTMLInputElement>(null);
  // Every keystroke saves, and the effect of each save ran after later keystrokes (in Firefox
  // "1111" became "111"). While the field has focus, what the user is typing wins; a change
  // made elsewhere shows once it has not.
  useEffect(() => {
    const field = delayField.current;
    if (field && field.ownerDocument.activeElement === field) return;
    setDelay(String(settings.hoverDelayMs));
  }, [settings.hoverDelayMs]);
  const parseDelay = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const delayValid = isValidHoverDelay(parseDelay(delay));

  return (
    <section class="group" aria-labelledby="highlight-title">
      <h2 id="highlight-title">What to highlight</h2>
      <fieldset class="group">
        <legend>Severities</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} class="choice">
            <input
              type="checkbox"
              checked={settings.severities[severity]}
              onChange={(e) =>
                save({
                  ...settings,
                  severities: { ...settings.severities, [severity]: e.currentTarget.checked },
                })
              }
            />
            <span>{SEVERITY_LABELS[severity]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="group">
        <legend>Highlight style</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label key={style} class="choice">
            <input
              type="radio"
              name="highlight-style"
              checked={settings.highlightStyle === style}
              onChange={() => save({ ...settings, highlightStyle: style })}
            />
            <span>{STYLE_LABELS[style]}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="hover-delay">Delay before a card opens on hover (milliseconds)</label>
        <input
          id="hover-delay"
          ref={delayField}
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={delay}
          aria-invalid={!delayValid}
          aria-describedby="hover-delay-hint"
          onInput={(e) => {
            const text = e.currentTarget.value;
            setDelay(text);
            const n = parseDelay(text);
            if (isValidHoverDelay(n)) save({ ...settings, hoverDelayMs: n });
          }}
        />
      </div>
      <p id="hover-delay-hint" class={delayValid ? 'hint' : 'notice notice--error'}>
        A whole number from {HOVER_DELAY_MIN_MS} to {HOVER_DELAY_MAX_MS}.
        {delayValid ? '' : ' This value is not saved.'}
      </p>
    </section>
  );
}
