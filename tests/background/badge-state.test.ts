import { describe, expect, test } from 'vitest';
import {
  type BadgeState,
  badgeFor,
  badgeText,
  forgetTab,
  parseBadgeState,
  recordFrame,
  reportOf,
} from '../../src/background/badge-state.ts';

const counts = (danger: number, warning: number, caution = 0) => ({
  danger,
  warning,
  caution,
  info: 4,
  agrees: 2,
});

describe('badge counting', () => {
  test('counts warning and danger findings only', () => {
    expect(reportOf(counts(1, 2, 5), true)).toEqual({ count: 3, active: true });
  });

  test('sums the frames of a tab and keeps tabs apart', () => {
    let state: BadgeState = {};
    state = recordFrame(state, 1, 0, reportOf(counts(1, 1), true));
    state = recordFrame(state, 1, 7, reportOf(counts(0, 2), true));
    state = recordFrame(state, 2, 0, reportOf(counts(0, 5), true));
    state = recordFrame(state, 3, 0, reportOf(counts(0, 0), true));
    expect(badgeFor(state, 1)).toEqual({ text: '4', active: true });
    expect(badgeFor(state, 2)).toEqual({ text: '5', active: true });
    expect(badgeFor(state, 3)).toEqual({ text: '', active: true });
    expect(badgeFor(state, 4)).toEqual({ text: '', active: true });
  });

  test('a frame reporting again replaces its earlier report', () => {
    let state = recordFrame({}, 1, 0, reportOf(counts(3, 3), true));
    state = recordFrame(state, 1, 0, reportOf(counts(0, 1), true));
    expect(badgeFor(state, 1).text).toBe('1');
  });

  test('the top frame decides whether the tab is greyed', () => {
    let state = recordFrame({}, 1, 0, reportOf(counts(0, 0), false));
    state = recordFrame(state, 1, 5, reportOf(counts(0, 2), true));
    expect(badgeFor(state, 1)).toEqual({ text: '2', active: false });
    const onlyChild = recordFrame({}, 2, 5, reportOf(counts(0, 0), false));
    expect(badgeFor(onlyChild, 2).active).toBe(false);
  });

  test('forgetting a tab clears its badge and no other', () => {
    let state = recordFrame({}, 1, 0, reportOf(counts(1, 0), false));
    state = recordFrame(state, 2, 0, reportOf(counts(2, 0), true));
    state = forgetTab(state, 1);
    expect(badgeFor(state, 1)).toEqual({ text: '', active: true });
    expect(badgeFor(state, 2)).toEqual({ text: '2', active: true });
  });

  test('large numbers are shortened to fit the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });

  test('a stored state survives a JSON round trip, and junk is dropped', () => {
    const state = recordFrame({}, 12, 3, { count: 2, active: false });
    expect(parseBadgeState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(parseBadgeState('junk')).toEqual({});
    expect(
      parseBadgeState({
        x: {},
        5: { 0: { count: -1, active: true }, 1: { count: 1, active: true } },
      }),
    ).toEqual({ 5: { 1: { count: 1, active: true } } });
  });
});
