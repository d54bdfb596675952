import { describe, expect, it } from 'vitest';
import { suggestCooldown } from '../../src/cooldown';
import { countUnanswered } from '../../src/cooldown/engine';

const at = (h: number, m = 0) => new Date(2026, 0, 15, h, m);
const minutesAgo = (now: Date, ...m: number[]) => m.map((x) => now.getTime() - x * 60_000);

describe('suggestCooldown', () => {
  it('suggests a 20-minute reread for heat in the afternoon', () => {
    const s = suggestCooldown({ findings: [{ category: 'blame' }], now: at(14) });
    expect(s).toMatchObject({ kind: 'heat', minutes: 20, rule: 'heat' });
    expect(s.text).toBe('Wait 20 minutes and reread it before sending.');
    expect(s.until.getTime()).toBe(at(14, 20).getTime());
  });
  it('suggests tomorrow morning for pestering', () => {
    const s = suggestCooldown({ findings: [{ category: 'pestering' }], now: at(14) });
    expect(s.kind).toBe('room');
    expect(s.text).toContain('tomorrow morning');
    expect(s.until.getTime()).toBe(new Date(2026, 0, 16, 8).getTime());
  });
  it('prefers the longest pause: heat late at night waits until morning', () => {
    expect(suggestCooldown({ findings: [{ category: 'excuse' }], now: at(23, 30) }).kind).toBe('late-night');
  });
  it('lets a burst speak over a polite draft and over "room" on ties', () => {
    const now = at(14);
    const history = minutesAgo(now, 14, 8, 2);
    expect(suggestCooldown({ findings: [], history, reply: false, now }).kind).toBe('burst');
    expect(suggestCooldown({ findings: [{ category: 'crowding' }], history, reply: false, now }).kind).toBe('burst');
  });
  it('forgets the burst once they replied since the last send', () => {
    const now = at(14);
    const s = suggestCooldown({ findings: [{ category: 'blame' }], history: minutesAgo(now, 14, 8, 2), reply: true, now });
    expect(s.kind).toBe('heat');
  });
  it('ignores sends in the future and uses settings', () => {
    const now = at(14);
    const history = [...minutesAgo(now, 5, 3), now.getTime() + 60_000];
    expect(suggestCooldown({ findings: [], history, now }).kind).toBe('none');
    expect(suggestCooldown({ findings: [], history, now, settings: { burstCount: 2 } }).kind).toBe('burst');
  });
  it('says nothing with no findings and a quiet conversation', () => {
    expect(suggestCooldown({ findings: [], now: at(3) })).toMatchObject({ kind: 'none', minutes: 0, text: '' });
  });
  it('sanitizes nonsense settings instead of suggesting nonsense', () => {
    const s = suggestCooldown({ findings: [{ category: 'demand' }], now: at(14), settings: { heatMinutes: -5 } });
    expect(s.minutes).toBe(1);
    const t = suggestCooldown({ findings: [{ category: 'demand' }], now: at(14), settings: { heatMinutes: Number.NaN } });
    expect(t.minutes).toBe(20);
  });
});

describe('countUnanswered', () => {
  it.each([
    [[1, 2, 3], [], undefined, undefined],
    [[1, 2, 3], [], false, 3],
    [[1, 2, 3], [], true, 0],
    [[1, 2, 3], [1.5], undefined, 2],
    [[1, 2, 3], [], { lastReplyAt: 2.5 }, 1],
    [[1, 2, 3], [0.5], { repliedSinceLastSend: true }, 0],
    [[1, 2, 3], [], { repliedSinceLastSend: false, unansweredInRow: 5 }, 5],
    [[1, 2, 3], [0.5], { unansweredInRow: 1 }, 1],
  ] as const)('sends %j, replies %j, reply %j → %s', (sends, replies, reply, expected) => {
    expect(countUnanswered(sends, replies, reply)).toBe(expected);
  });
});
