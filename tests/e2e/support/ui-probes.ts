import type { DriverFrame, DriverPage } from './driver.ts';

/**
 * Finding and using controls in the extension's pages (popup, options) the way a user does: by
 * their label, with the real pointer and keyboard. Both drivers share these.
 */
export interface Control {
  x: number;
  y: number;
  checked: boolean;
  disabled: boolean;
}

/**
 * The `index`-th element matching `selector` whose label (aria-label, its <label>, else its
 * text) contains `name`, scrolled into view: its centre and state, or null. Runs in the page.
 */
export const findControl = ([selector, name, index]: readonly [string, string, number]) => {
  const matches = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    const input = el as HTMLInputElement;
    const label =
      el.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? el.textContent ?? '';
    return label.includes(name);
  });
  const el = matches[index];
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest' });
  const box = el.getBoundingClientRect();
  const input = el as HTMLInputElement;
  return {
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
    checked: input.checked === true,
    disabled: input.disabled === true,
  };
};

export function control(
  page: DriverFrame,
  selector: string,
  name = '',
  index = 0,
): Promise<Control | null> {
  return page.evaluate(findControl, [selector, name, index] as const);
}

/** Clicks the control with the real pointer; fails saying which control was missing. */
export async function click(page: DriverPage, selector: string, name = '', index = 0) {
  const found = await control(page, selector, name, index);
  if (!found) throw new Error(`no ${selector} named "${name}" (#${index}) to click`);
  await page.clickAt(found.x, found.y);
}

/** The popup's switch for `host` ("Highlight on <host>"). */
export const siteSwitch = (popup: DriverFrame, host: string) =>
  control(popup, 'input[role="switch"]', host);

/** Whether the page's visible text matches `pattern` (a RegExp source). */
export const showsText = (page: DriverFrame, pattern: string) =>
  page.evaluate((source) => new RegExp(source, 'u').test(document.body.innerText), pattern);
