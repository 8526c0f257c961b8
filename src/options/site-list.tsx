import { useState } from 'preact/hooks';
import { MAX_SITES, type Settings } from '../settings/schema.ts';
import { normalizeHost } from '../settings/sites.ts';

interface Props {
  settings: Settings;
  save(next: Settings): void;
}

/** The site list: add (normalised, with a clear error), search and remove. */
export function SiteList({ settings, save }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const title = settings.mode === 'only-listed' ? 'Sites where it is on' : 'Sites where it is off';

  const add = (event: Event) => {
    event.preventDefault();
    const host = normalizeHost(draft);
    if (host === null) {
      setError(`“${draft.trim() || '(empty)'}” is not a site name. Enter one like example.com.`);
    } else if (settings.sites.includes(host)) {
      setError(`${host} is already in the list.`);
    } else if (settings.sites.length >= MAX_SITES) {
      setError(`The list is full (${MAX_SITES} sites). Remove a site first.`);
    } else {
      save({ ...settings, sites: [...settings.sites, host] });
      setDraft('');
      setError(null);
    }
  };

  const needle = normalizeHost(query) ?? query.trim().toLowerCase();
  const shown = settings.sites.filter((site) => site.includes(needle));
  return (
    <section class="group" aria-labelledby="sites-title">
      <h2 id="sites-title">{title}</h2>
      <p class="hint">A site covers its subdomains: example.com includes shop.example.com.</p>
      <form class="row" onSubmit={add} noValidate>
        <label for="site-add">Add a site</label>
        <input
          id="site-add"
          type="text"
          value={draft}
          placeholder="example.com"
          autoComplete="off"
          spellcheck={false}
          aria-invalid={error !== null}
          aria-describedby={error ? 'site-add-error' : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          Add
        </button>
      </form>
      {error ? (
        <p id="site-add-error" class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {settings.sites.length > 0 ? (
        <div class="row">
          <label for="site-search">Search the list</label>
          <input
            id="site-search"
            type="search"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
      ) : null}
      <p aria-live="polite" class="hint">
        {settings.sites.length === 0
          ? 'No sites listed.'
          : `${shown.length} of ${settings.sites.length} sites shown.`}
      </p>
      <ul class="site-list">
        {shown.map((site) => (
          <li key={site}>
            <span>{site}</span>
            <button
              type="button"
              class="button"
              aria-label={`Remove ${site}`}
              onClick={() => save({ ...settings, sites: settings.sites.filter((s) => s !== site) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
