const seen = new Set<string>();

/**
 * Warns about `key` the first time only. A page or a misbehaving frame can send the same bad
 * message thousands of times; the console should say so once, not drown.
 */
export function logOnce(key: string, ...details: unknown[]): void {
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[Milia Lens] ${key}`, ...details);
}

/** For tests: forget what was logged. */
export function resetLogOnce(): void {
  seen.clear();
}
