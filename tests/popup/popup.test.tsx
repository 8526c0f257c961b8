import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOME_CARE_CHECKLIST } from '../../src/evidence/checklist.ts';
import { DISCLAIMER } from '../../src/evidence/disclaimer.ts';
import type { PageSummary } from '../../src/messaging/messages.ts';
import { Popup } from '../../src/popup/popup.tsx';
import type { PopupTarget } from '../../src/popup/target.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';
import { loadChecklistProgress, loadSettings, saveSettings } from '../../src/settings/storage.ts';
import { axeViolations } from './axe.ts';

const summary: PageSummary = {
  host: 'www.example.com',
  active: true,
  counts: { danger: 0, warning: 2, caution: 1, info: 0, agrees: 0 },
  findings: [
    {
      index: 0,
      severity: 'warning',
      noteId: 'needle-at-home',
      title: 'Needles at home',
      snippet: '<b>prick</b> it with a sterile needle',
    },
    {
      index: 1,
      severity: 'warning',
      noteId: 'squeezing-popping',
      title: 'Squeezing',
      snippet: 'squeeze them out',
    },
    {
      index: 2,
      severity: 'caution',
      noteId: 'pumice-toothbrush',
      title: 'Scrubbing',
      snippet: 'scrub with a toothbrush',
    },
  ],
};

const TAB: PopupTarget = { kind: 'tab', tabId: 5 };
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage = vi.fn(async (_tabId: number, message: { type: string }) =>
    message.type === 'describe' ? summary : { ok: true },
  );
  fakeBrowser.tabs.sendMessage = sendMessage as unknown as typeof fakeBrowser.tabs.sendMessage;
});
afterEach(cleanup);

const siteSwitch = () => screen.findByRole('switch', { name: /highlight on www\.example\.com/i });

describe('popup', () => {
  test('names the site in its switch, which is on by default', async () => {
    render(<Popup target={TAB} />);
    const toggle = await siteSwitch();
    expect(toggle).toHaveProperty('checked', true);
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'describe' }, { frameId: 0 });
  });

  test('turning the switch off saves the site as off, and the list says so', async () => {
    render(<Popup target={TAB} />);
    fireEvent.click(await siteSwitch());
    await waitFor(async () => expect((await loadSettings()).sites).toEqual(['example.com']));
    expect(await screen.findByText(/off on this site/i)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /squeeze them out/ })).toBeNull();
  });

  test('reflects a site that is already off, and the global pause', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: ['example.com'] });
    render(<Popup target={TAB} />);
    expect(await siteSwitch()).toHaveProperty('checked', false);
    const pause = screen.getByRole('switch', { name: /pause on all sites/i });
    fireEvent.click(pause);
    await waitFor(async () => expect((await loadSettings()).paused).toBe(true));
  });

  test('lists the counts and the findings, page text shown as text', async () => {
    render(<Popup target={TAB} />);
    const list = await screen.findByRole('heading', { name: 'On this page' });
    const section = list.closest('section') as HTMLElement;
    expect(
      within(section).getByText(/Risky advice/, { selector: '.counts__item' }).textContent,
    ).toMatch(/2/);
    const first = within(section).getByRole('button', {
      name: /<b>prick<\/b> it with a sterile needle/,
    });
    expect(first.querySelector('b')).toBeNull();
    expect(first.textContent).toContain('Needles at home');
  });

  test('lists the most serious findings first, each still revealing its own place', async () => {
    const mention = { ...summary.findings[2]!, severity: 'info' as const, snippet: 'milia' };
    const findings = [
      { ...mention, index: 0 },
      { ...summary.findings[2]!, index: 1 },
      { ...summary.findings[0]!, index: 2 },
    ];
    sendMessage.mockImplementation(async (_tabId: number, message: { type: string }) =>
      message.type === 'describe' ? { ...summary, findings } : { ok: true },
    );
    render(<Popup target={TAB} />);
    await screen.findByRole('button', { name: /sterile needle/ });
    const listed = screen.getAllByRole('button', { name: /“/ });
    expect(listed.map((b) => b.querySelector('.finding__snippet')?.textContent)).toEqual([
      '“<b>prick</b> it with a sterile needle”',
      '“scrub with a toothbrush”',
      '“milia”',
    ]);
    fireEvent.click(listed[0]!);
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(5, { type: 'reveal', index: 2 }, { frameId: 0 }),
    );
  });

  test('a finding sends reveal with its index to the tab', async () => {
    render(<Popup target={TAB} />);
    fireEvent.click(await screen.findByRole('button', { name: /scrub with a toothbrush/ }));
    await waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(5, { type: 'reveal', index: 2 }, { frameId: 0 }),
    );
  });

  test('explains pages it cannot read, and still shows the checklist', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    render(<Popup target={TAB} />);
    expect(await screen.findByRole('heading', { name: /can’t read this page/ })).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /highlight on/i })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Home-care checklist' })).toBeTruthy();
  });

  test('a malformed reply is treated like no reply', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    sendMessage.mockResolvedValue({ host: 42 });
    render(<Popup target={TAB} />);
    expect(await screen.findByRole('heading', { name: /can’t read this page/ })).toBeTruthy();
  });

  test('checklist ticks persist across reopening, and can be cleared', async () => {
    const first = HOME_CARE_CHECKLIST[0]!;
    const { unmount } = render(<Popup target={TAB} />);
    const box = await screen.findByRole('checkbox', { name: first.text });
    await waitFor(() => expect(box).toHaveProperty('disabled', false));
    fireEvent.click(box);
    await waitFor(async () => expect(await loadChecklistProgress()).toEqual({ [first.id]: true }));
    unmount();
    render(<Popup target={TAB} />);
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: first.text })).toHaveProperty('checked', true),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear all ticks' }));
    await waitFor(async () => expect(await loadChecklistProgress()).toEqual({}));
  });

  test('shows the red flags for adults and babies, the sources and the disclaimer', async () => {
    render(<Popup target={TAB} />);
    expect(screen.getByRole('heading', { name: 'When to see a clinician' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Adults' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Babies' })).toBeTruthy();
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
    expect(screen.getByText(DISCLAIMER)).toBeTruthy();
  });

  test('the checklist view opens on the checklist without asking any tab', async () => {
    render(<Popup target={{ kind: 'checklist' }} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Home-care checklist' }),
    ).toBeTruthy();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  test('has no axe violations, loaded or not', async () => {
    const { container } = render(<Popup target={TAB} />);
    expect(await axeViolations(container)).toEqual([]);
    await siteSwitch();
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    sendMessage.mockRejectedValue(new Error('no receiver'));
    const other = render(<Popup target={TAB} />);
    await screen.findByRole('heading', { name: /can’t read this page/ });
    expect(await axeViolations(other.container)).toEqual([]);
  });
});
