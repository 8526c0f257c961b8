import { describe, expect, test } from 'vitest';
import { createHoverIntent, GRACE_MS } from '../../src/page/hover-intent.ts';
import { manualClock } from './support/manual-clock.ts';

function setup(delayMs = 250) {
  const clock = manualClock();
  const log: string[] = [];
  const intent = createHoverIntent<string>({
    delayMs,
    open: (items) => log.push(`open ${items.join(',')}`),
    close: () => log.push('close'),
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
  });
  return { clock, log, intent };
}

describe('hover intent', () => {
  test('opens only after the pointer rests for the delay', () => {
    const { clock, log, intent } = setup();
    intent.over(['a']);
    clock.advance(249);
    expect(log).toEqual([]);
    intent.over(['a']);
    clock.advance(1);
    expect(log).toEqual(['open a']);
  });

  test('sweeping across several findings opens nothing', () => {
    const { clock, log, intent } = setup();
    for (const item of ['a', 'b', 'c']) {
      intent.over([item]);
      clock.advance(100);
      intent.over([]);
      clock.advance(50);
    }
    clock.advance(1000);
    expect(log).toEqual([]);
  });

  test('stays open while the pointer crosses to the card, closes after it leaves', () => {
    const { clock, log, intent } = setup();
    intent.over(['a']);
    clock.advance(250);
    intent.over([]);
    clock.advance(GRACE_MS - 50);
    intent.onCard(true);
    clock.advance(5000);
    expect(log).toEqual(['open a']);
    intent.onCard(false);
    clock.advance(GRACE_MS);
    expect(log).toEqual(['open a', 'close']);
  });

  test('moving to other findings swaps the card after the delay', () => {
    const { clock, log, intent } = setup(100);
    intent.over(['a']);
    clock.advance(100);
    intent.over(['b', 'c']);
    clock.advance(100);
    expect(log).toEqual(['open a', 'open b,c']);
  });

  test('a card opened from the keyboard ignores a pointer that never visited it', () => {
    const { clock, log, intent } = setup();
    intent.openedElsewhere();
    intent.over([]);
    clock.advance(5000);
    expect(log).toEqual([]);
    intent.onCard(true);
    intent.onCard(false);
    clock.advance(GRACE_MS);
    expect(log).toEqual(['close']);
  });

  test('a changed delay applies to the next hover; reset and destroy cancel what is pending', () => {
    const { clock, log, intent } = setup();
    intent.setDelay(0);
    intent.over(['a']);
    clock.advance(0);
    expect(log).toEqual(['open a']);
    intent.over(['b']);
    intent.reset();
    intent.destroy();
    clock.advance(5000);
    expect(log).toEqual(['open a']);
  });
});
