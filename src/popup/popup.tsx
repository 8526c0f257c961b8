import type { Settings } from '../settings/schema.ts';
import { isActiveOn } from '../settings/sites.ts';
import { About } from './about.tsx';
import { Checklist } from './checklist.tsx';
import { PageFindings } from './page-findings.tsx';
import { RedFlags } from './red-flags.tsx';
import { SiteHeader } from './site-header.tsx';
import type { PopupTarget } from './target.ts';
import { Unavailable } from './unavailable.tsx';
import { type PageState, usePage } from './use-page.ts';
import { type SettingsHandle, useSettings } from './use-settings.ts';

/** The toolbar popup, and the same page opened in a tab (`?tab=`) or as the checklist (`?view=`). */
export function Popup({ target }: { target: PopupTarget }) {
  const handle = useSettings();
  const page = usePage(target, handle.settings);
  if (target.kind === 'checklist') {
    return (
      <main class="popup popup--page">
        <Checklist headingLevel={1} />
        <RedFlags />
        <About />
      </main>
    );
  }
  return (
    <main class="popup">
      <h1 class="popup__title">Milia Lens</h1>
      <div class="popup__page" aria-busy={page.status === 'loading'}>
        <PageSection page={page} handle={handle} closeAfterReveal={target.kind === 'active-tab'} />
      </div>
      <Checklist />
      <RedFlags />
      <About />
    </main>
  );
}

interface SectionProps {
  page: PageState;
  handle: SettingsHandle;
  closeAfterReveal: boolean;
}

/** The part that depends on the tab; its box keeps a minimum height so nothing jumps on load. */
function PageSection({ page, handle, closeAfterReveal }: SectionProps) {
  const { settings } = handle;
  if (page.status === 'loading' || settings === null) {
    return <p class="loading">Looking at this page…</p>;
  }
  if (page.status === 'unavailable') return <Unavailable />;
  const { summary, tabId } = page;
  return (
    <>
      <SiteHeader host={summary.host} handle={{ ...handle, settings }} />
      {isActiveOn(settings, summary.host) ? (
        <PageFindings tabId={tabId} summary={summary} closeAfterReveal={closeAfterReveal} />
      ) : (
        <OffNotice settings={settings} />
      )}
    </>
  );
}

function OffNotice({ settings }: { settings: Settings }) {
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">On this page</h2>
      <p>
        {settings.paused
          ? 'Milia Lens is paused on all sites.'
          : 'Milia Lens is off on this site: nothing is highlighted.'}
      </p>
    </section>
  );
}
