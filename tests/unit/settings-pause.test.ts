import { describe, expect, it } from 'vitest';
import { HOUR, pausedSite, resumedSite, switchedSite, tomorrowMorning, withoutEndedPauses } from '../../src/settings/pause';
import { siteViewFor } from '../../src/ui/popup/siteView';

const at = (iso: string) => new Date(iso).getTime();
const empty = { disabled: {}, pausedUntil: {} };

describe('pause until tomorrow', () => {
  it.each([
    ['2026-11-25T15:00', '2026-11-26T08:00'],
    ['2026-11-25T23:30', '2026-11-26T08:00'],
    ['2026-11-26T01:30', '2026-11-26T08:00'], // after midnight "tomorrow" is still the coming morning
    ['2026-11-26T07:30', '2026-11-27T08:00'],
  ])('from %s lasts until %s', (now, until) => {
    expect(tomorrowMorning(at(now), 8)).toBe(at(until));
  });
});

describe('site state changes', () => {
  it('pause, resume, switch off and on', () => {
    const paused = pausedSite(empty, 'a.example', 5_000);
    expect(paused.pausedUntil).toEqual({ 'a.example': 5_000 });
    expect(resumedSite(paused, 'a.example')).toEqual(empty);
    const off = switchedSite(paused, ['a.example', 'b.example'], false);
    expect(off.disabled).toEqual({ 'a.example': true, 'b.example': true });
    expect(switchedSite(off, ['a.example', 'b.example'], true)).toEqual(empty);
  });

  it('forgets pauses that ended', () => {
    expect(withoutEndedPauses({ disabled: {}, pausedUntil: { old: 10, live: 10_000 } }, 5_000).pausedUntil).toEqual({ live: 10_000 });
  });
});

describe('siteViewFor', () => {
  const patterns = ['https://mail.google.com/*', 'https://chat.example.org/*'];
  it('sees browser pages as unsupported and other sites as unwatched', () => {
    expect(siteViewFor('chrome://extensions/', patterns, empty, 0)).toEqual({ kind: 'unsupported' });
    expect(siteViewFor(undefined, patterns, empty, 0)).toEqual({ kind: 'unsupported' });
    expect(siteViewFor('https://news.example/a', patterns, empty, 0)).toEqual({ kind: 'unwatched', host: 'news.example' });
  });

  it('reports on/off and a running pause on watched sites', () => {
    const now = at('2026-11-25T15:00');
    expect(siteViewFor('https://mail.google.com/mail/u/0/#inbox', patterns, empty, now)).toEqual({ kind: 'watched', host: 'mail.google.com', on: true, pausedUntil: null });
    const state = pausedSite(switchedSite(empty, ['chat.example.org'], false), 'mail.google.com', now + HOUR);
    expect(siteViewFor('https://mail.google.com/', patterns, state, now)).toMatchObject({ on: true, pausedUntil: now + HOUR });
    expect(siteViewFor('https://mail.google.com/', patterns, state, now + 2 * HOUR)).toMatchObject({ pausedUntil: null });
    expect(siteViewFor('https://chat.example.org/room', patterns, state, now)).toMatchObject({ on: false });
  });
});
