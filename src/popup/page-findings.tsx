import browser from 'webextension-polyfill';
import { SEVERITIES } from '../engine/types.ts';
import type { FindingSummary, PageSummary } from '../messaging/messages.ts';
import { sendToTab } from '../messaging/send.ts';
import { SEVERITY_LABELS } from '../ui/note-card.tsx';

/** Enough to scan; a page with more is better read in place, with the keyboard shortcuts. */
const MAX_LISTED = 100;

interface Props {
  tabId: number;
  summary: PageSummary;
  /** True for the toolbar popup, which should get out of the way once the page scrolls. */
  closeAfterReveal: boolean;
}

/**
 * Most serious first, then in page order: the list is for deciding what to look at, and on a page
 * with more findings than are listed, mentions of milia must not push risky advice out of it.
 * Each keeps its page-order index, which is what the page's "Finding 3 of 12" counts.
 */
function mostSeriousFirst(findings: readonly FindingSummary[]): FindingSummary[] {
  const rank = (f: FindingSummary) => SEVERITIES.indexOf(f.severity);
  return [...findings].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/** "On this page": how many findings of each severity, and each finding as a way to reach it. */
export function PageFindings({ tabId, summary, closeAfterReveal }: Props) {
  const reveal = async (index: number) => {
    await sendToTab(tabId, { type: 'reveal', index }).catch(() => undefined);
    if (closeAfterReveal) window.close();
    else await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
  };
  const total = summary.findings.length;
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">On this page</h2>
      {total === 0 ? (
        <p>Nothing about milia found on this page.</p>
      ) : (
        <>
          <ul class="counts">
            {SEVERITIES.filter((s) => summary.counts[s] > 0).map((severity) => (
              <li key={severity} class={`counts__item sev sev--${severity}`}>
                <span class="counts__n">{summary.counts[severity]}</span>{' '}
                {SEVERITY_LABELS[severity]}
              </li>
            ))}
          </ul>
          <ul class="finding-list">
            {mostSeriousFirst(summary.findings)
              .slice(0, MAX_LISTED)
              .map((finding) => (
                <li key={finding.index}>
                  <button
                    type="button"
                    class={`finding sev--${finding.severity}`}
                    onClick={() => void reveal(finding.index)}
                  >
                    <span class="finding__severity">{SEVERITY_LABELS[finding.severity]}</span>
                    {/* Page text, rendered as a text node only. */}
                    <span class="finding__snippet">“{finding.snippet}”</span>
                    <span class="finding__title">{finding.title}</span>
                  </button>
                </li>
              ))}
          </ul>
          {total > MAX_LISTED ? (
            <p>
              And {total - MAX_LISTED} more: use the keyboard shortcuts to step through them on the
              page.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
