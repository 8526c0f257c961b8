import axe from 'axe-core';

/** Axe rule ids violated inside `root`. */
export async function axeViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, {
    rules: {
      // happy-dom does no layout or style cascade, so axe cannot compute real foreground and
      // background colours here; contrast is checked in the browser instead.
      'color-contrast': { enabled: false },
    },
  });
  return results.violations.map((violation) => violation.id);
}
