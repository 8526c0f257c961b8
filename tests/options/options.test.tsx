import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../src/options/options.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema.ts';
import { loadSettings, saveSettings } from '../../src/settings/storage.ts';
import { exportSettings } from '../../src/settings/transfer.ts';
import { axeViolations } from '../popup/axe.ts';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.commands.getAll = vi.fn(async () => [
    {
      name: 'next-finding',
      description: 'Go to the next finding and open its note',
      shortcut: 'Alt+Shift+N',
    },
    { name: 'toggle-site', description: 'Turn Milia Lens on or off for this site', shortcut: '' },
  ]) as unknown as typeof fakeBrowser.commands.getAll;
  URL.createObjectURL = vi.fn(() => 'blob:settings');
  URL.revokeObjectURL = vi.fn();
});
afterEach(cleanup);

async function renderLoaded() {
  const view = render(<Options />);
  await screen.findByRole('heading', { name: /Sites where it is/ });
  return view;
}

const stored = () => loadSettings();

function chooseFile(text: string, name = 'settings.json') {
  const input = screen.getByLabelText('Import settings…') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page', () => {
  test('switches between the two modes, and the list title follows', async () => {
    await renderLoaded();
    expect(screen.getByRole('radio', { name: /all sites except/ })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: /Only on the sites listed/ }));
    await waitFor(async () => expect((await stored()).mode).toBe('only-listed'));
    expect(screen.getByRole('heading', { name: 'Sites where it is on' })).toBeTruthy();
  });

  test('adds a site in its normalised form', async () => {
    await renderLoaded();
    fireEvent.input(screen.getByLabelText('Add a site'), {
      target: { value: 'https://WWW.Bücher.example:8080/page' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await stored()).sites).toEqual(['xn--bcher-kva.example']));
    expect(screen.getByText('xn--bcher-kva.example')).toBeTruthy();
    expect((screen.getByLabelText('Add a site') as HTMLInputElement).value).toBe('');
  });

  test('refuses an invalid site with a clear error and saves nothing', async () => {
    await renderLoaded();
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/is not a site name/);
    expect(screen.getByLabelText('Add a site').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).sites).toEqual([]);
  });

  test('searches and removes sites', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: ['alpha.com', 'beta.org', 'alphabet.net'] });
    await renderLoaded();
    fireEvent.input(screen.getByLabelText('Search the list'), { target: { value: 'alpha' } });
    expect(screen.queryByText('beta.org')).toBeNull();
    expect(screen.getByText('2 of 3 sites shown.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove alpha.com' }));
    await waitFor(async () => expect((await stored()).sites).toEqual(['beta.org', 'alphabet.net']));
  });

  test('changes severities, highlight style and hover delay', async () => {
    await renderLoaded();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Good to know' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Coloured background' }));
    await waitFor(async () => {
      const s = await stored();
      expect(s.severities.info).toBe(false);
      expect(s.highlightStyle).toBe('background');
    });
    const delay = screen.getByLabelText(/Delay before a card opens/);
    fireEvent.input(delay, { target: { value: '800' } });
    await waitFor(async () => expect((await stored()).hoverDelayMs).toBe(800));
    fireEvent.input(delay, { target: { value: '5000' } });
    expect(screen.getByText(/This value is not saved/)).toBeTruthy();
    expect((await stored()).hoverDelayMs).toBe(800);
  });

  test('shows the current shortcuts and where to change them', async () => {
    await renderLoaded();
    expect(await screen.findByText('Alt+Shift+N')).toBeTruthy();
    expect(screen.getByText('Not set')).toBeTruthy();
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
  });

  test('exports the current settings as a JSON download', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:settings';
    });
    const custom: Settings = { ...DEFAULT_SETTINGS, sites: ['example.com'], hoverDelayMs: 100 };
    await saveSettings(custom);
    await renderLoaded();
    const link = await screen.findByRole('link', { name: 'Export settings' });
    expect(link.getAttribute('download')).toBe('milia-lens-settings.json');
    expect(link.getAttribute('href')).toBe('blob:settings');
    expect(await created.at(-1)?.text()).toBe(exportSettings(custom));
  });

  test('imports a valid settings file', async () => {
    await renderLoaded();
    const custom: Settings = { ...DEFAULT_SETTINGS, mode: 'only-listed', sites: ['a.com'] };
    chooseFile(exportSettings(custom));
    expect((await screen.findByRole('status')).textContent).toMatch(/Imported/);
    expect(await stored()).toEqual(custom);
  });

  test('rejects an invalid file with a clear message and changes nothing', async () => {
    const custom: Settings = { ...DEFAULT_SETTINGS, sites: ['keep.me'] };
    await saveSettings(custom);
    await renderLoaded();
    chooseFile('{"format":"milia-lens-settings","version":2,"settings":{"mode":"sometimes"}}');
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /not valid.*Nothing was changed/,
    );
    chooseFile('this is not json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not valid JSON/));
    expect(await stored()).toEqual(custom);
  });

  test('reset asks first, and can be cancelled', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: ['example.com'], paused: true });
    await renderLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await stored()).sites).toEqual(['example.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(async () => expect(await stored()).toEqual(DEFAULT_SETTINGS));
  });

  test('has no axe violations', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, sites: ['example.com'] });
    const { container } = await renderLoaded();
    await screen.findByText('Alt+Shift+N');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await axeViolations(container)).toEqual([]);
  });
});
