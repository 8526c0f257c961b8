import { MAX_HOST_LENGTH, type Settings } from './schema.ts';

/**
 * Turns what a user types or a page reports ("Example.com", "https://www.example.com:8080/a",
 * "bücher.example.") into the form the site list stores ("example.com", "xn--bcher-kva.example").
 * Returns null for anything that is not a host name or address.
 */
export function normalizeHost(input: string): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim().toLowerCase();
  if (text === '' || text.length > 2048) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).host;
    } catch {
      return null;
    }
  } else {
    // A bare host may still carry a path, query or fragment ("example.com/page").
    text = text.split(/[/?#]/, 1)[0] ?? '';
    if (text.includes('@')) return null;
  }
  if (text === '' || /\s/.test(text)) return null;
  let host: string;
  try {
    // The URL parser does IDN to punycode, drops the port and rejects forbidden characters.
    host = new URL(`http://${text}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('www.') && host.length > 4) host = host.slice(4);
  return isPlausibleHost(host) ? host : null;
}

function isPlausibleHost(host: string): boolean {
  if (host === '' || host.length > MAX_HOST_LENGTH) return false;
  if (/^\[[0-9a-f:.]+\]$/.test(host)) return true; // IPv6 literal, as the URL parser writes it
  const labels = host.split('.');
  return labels.every((label) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(label));
}

/** Whether list entry `entry` covers `host`: the same host or a parent domain of it. */
export function covers(entry: string, host: string): boolean {
  return host === entry || host.endsWith(`.${entry}`);
}

/** Whether the site list turns Milia Lens on for `host`, ignoring the global pause. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const normal = normalizeHost(host);
  const listed = normal !== null && settings.sites.some((entry) => covers(entry, normal));
  return settings.mode === 'only-listed' ? listed : !listed;
}

/** Whether Milia Lens highlights pages of `host` now. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return !settings.paused && isSiteEnabled(settings, host);
}

/**
 * The settings with Milia Lens turned on or off for `host` (the popup's switch and the card's
 * "Turn off on this site"). It never touches the global pause.
 *
 * An entry covers its subdomains and the list has no exceptions, so when a parent entry decides
 * for `host` (say "example.com" is listed and the user flips "shop.example.com"), the only way to
 * flip `host` is to remove that parent entry: the change then also applies to the parent and its
 * other subdomains. We accept that rather than silently doing nothing, because the switch the
 * user pressed must take effect; the options page shows the resulting list.
 */
export function setSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const normal = normalizeHost(host);
  if (normal === null || isSiteEnabled(settings, normal) === enabled) return settings;
  // In 'only-listed' mode the list holds the sites it is on; otherwise the sites it is off.
  const listWhenEnabling = settings.mode === 'only-listed';
  const sites =
    enabled === listWhenEnabling
      ? [...settings.sites, normal]
      : settings.sites.filter((entry) => !covers(entry, normal));
  return { ...settings, sites };
}
