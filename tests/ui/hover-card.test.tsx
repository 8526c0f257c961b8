import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DISCLAIMER } from '../../src/evidence/disclaimer.ts';
import { NOTES } from '../../src/evidence/notes.ts';
import { citedNote } from '../../src/evidence/sources.ts';
import { createCardLayer } from '../../src/ui/card-layer.tsx';
import { HoverCard } from '../../src/ui/hover-card.tsx';
import { axeViolations } from '../popup/axe.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const notes = [NOTES['extraction-near-eyes'], NOTES['milia-term.describes']].map(citedNote);

describe('HoverCard', () => {
  test('shows every note, most severe first, with one disclaimer and both actions', () => {
    const onClose = vi.fn();
    const onTurnOffSite = vi.fn();
    const onOpenChecklist = vi.fn();
    const view = render(
      <HoverCard
        notes={notes}
        onClose={onClose}
        onTurnOffSite={onTurnOffSite}
        onOpenChecklist={onOpenChecklist}
      />,
    );
    const headings = view.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(notes.map((n) => n.title));
    expect(view.getByText(/2 notes on this text/u)).toBeTruthy();
    expect(view.getAllByText(DISCLAIMER)).toHaveLength(1);
    for (const link of view.getAllByRole('link')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    fireEvent.click(view.getByRole('button', { name: 'Home-care checklist' }));
    fireEvent.click(view.getByRole('button', { name: 'Turn off on this site' }));
    fireEvent.click(view.getByRole('button', { name: 'Close' }));
    expect([onOpenChecklist, onTurnOffSite, onClose].map((f) => f.mock.calls.length)).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('the card layer', () => {
  function mount() {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const actions = {
      onClose: vi.fn(),
      onTurnOffSite: vi.fn(),
      onOpenChecklist: vi.fn(),
      onPointerInside: vi.fn(),
    };
    return { container, actions, layer: createCardLayer(container, actions) };
  }
  const anchor = { left: 10, top: 10, right: 60, bottom: 30 };

  test('is a dialog labelled by its first note, which axe accepts', async () => {
    const { container, layer } = mount();
    layer.show(notes, anchor);
    const dialog = container.querySelector('[role="dialog"]') as HTMLElement;
    const label = container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(label?.textContent).toBe(notes[0]?.title);
    expect(layer.isOpen).toBe(true);
    expect(await axeViolations(container)).toEqual([]);
    layer.hide();
    expect(layer.isOpen).toBe(false);
    expect(dialog.querySelector('h2')).toBeNull();
    layer.destroy();
    expect(container.childNodes).toHaveLength(0);
  });

  test('opened from the keyboard it takes focus; pointer visits are reported', () => {
    const { container, layer, actions } = mount();
    layer.show(notes, anchor, { focus: true });
    const dialog = container.querySelector('[role="dialog"]') as HTMLElement;
    expect(document.activeElement).toBe(dialog);
    fireEvent.pointerEnter(dialog);
    fireEvent.pointerLeave(dialog);
    expect(actions.onPointerInside.mock.calls).toEqual([[true], [false]]);
    layer.destroy();
  });

  test('the live region says each announcement, even the same one twice', () => {
    vi.useFakeTimers();
    const { container, layer } = mount();
    const status = () => container.querySelector('[role="status"]')?.textContent;
    layer.announce('Finding 1 of 3: About milia');
    vi.runAllTimers();
    expect(status()).toBe('Finding 1 of 3: About milia');
    layer.announce('Finding 1 of 3: About milia');
    expect(status()).toBe('');
    vi.runAllTimers();
    expect(status()).toBe('Finding 1 of 3: About milia');
    layer.destroy();
  });
});
