/** Frames of a 60 Hz screen, as the hand-driven clock hands them out. */
export const FRAME_MS = 16;

/**
 * A hand-driven clock: timers and animation frames run only when the test advances time, due
 * ones in the order they fall due, so a test of timing says exactly what happened when.
 */
export function manualClock() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const setTimer = (run: () => void, ms: number) => {
    next += 1;
    timers.set(next, { at: now + ms, run });
    return next;
  };
  const clearTimer = (id: unknown) => void timers.delete(id as number);
  return {
    setTimer,
    clearTimer,
    requestFrame: (run: () => void) => setTimer(run, FRAME_MS),
    cancelFrame: clearTimer,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
  };
}
