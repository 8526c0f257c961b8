import { isSiteEnabled, normalizeHost, setSiteEnabled } from '../settings/sites.ts';
import { MAX_SITES, type Settings } from '../settings/schema.ts';
import type { SettingsHandle } from './use-settings.ts';

interface Props {
  /** The host the page's content script reported; '' for a page without one (file://). */
  host: string;
  handle: SettingsHandle & { settings: Settings };
}

/**
 * The site and its switch, plus the global pause. Native checkboxes with role="switch": keyboard
 * and screen readers get on/off semantics for free, and the label names the host, so the control
 * says which site it is about.
 */
export function SiteHeader({ host, handle }: Props) {
  const { settings, save } = handle;
  const site = normalizeHost(host);
  const enabled = site !== null && isSiteEnabled(settings, site);
  const toggleSite = (on: boolean) => {
    if (site === null) return;
    void save(setSiteEnabled(settings, site, on));
  };
  const listFull = site !== null && !enabled && settings.sites.length >= MAX_SITES;
  return (
    <section class="site" aria-label="This site">
      <p class="site__host">{host || 'This page has no site name'}</p>
      {site !== null ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            disabled={listFull && settings.mode === 'only-listed'}
            onChange={(e) => toggleSite(e.currentTarget.checked)}
          />
          <span>Highlight on {host}</span>
        </label>
      ) : null}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => void save({ ...settings, paused: e.currentTarget.checked })}
        />
        <span>Pause on all sites</span>
      </label>
      {listFull ? (
        <p class="notice">
          Your site list is full ({MAX_SITES} sites). Remove some in the options.
        </p>
      ) : null}
      {handle.error ? (
        <p class="notice notice--error" role="alert">
          {handle.error}
        </p>
      ) : null}
    </section>
  );
}
