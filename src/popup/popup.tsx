import { useEffect, useState } from 'preact/hooks';
import { describedTab } from './described-tab.ts';

/** The toolbar popup. Skeleton: names the site it describes. */
export function Popup() {
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    describedTab().then((tab) => setHost(tab?.host ?? ''));
  }, []);
  return (
    <main>
      <h1>Milia Lens</h1>
      <p data-testid="site-host">{host === null ? 'Loading…' : host || 'No site'}</p>
    </main>
  );
}
