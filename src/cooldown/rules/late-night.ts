/**
 * late-night: a flagged draft written late at night waits until the morning, whatever its
 * category; tiredness sharpens every move the analyzer looks for.
 *
 * Deliberately not suggested for a draft with no findings (Amends doesn't police bedtimes), nor
 * in the evening before the late-night hour.
 */
import { phrase } from '../messages';
import { isLateNight, minutesUntil, morningPhrase, nextMorning } from '../time';
import { defineCooldownRule } from '../types';

export default defineCooldownRule({
  id: 'late-night',
  kind: 'late-night',
  rank: 10,
  suggest({ categories, settings, now }) {
    if (categories.size === 0 || !isLateNight(now, settings.lateNightStartHour, settings.morningHour)) return undefined;
    const morning = nextMorning(now, settings.morningHour);
    return { minutes: minutesUntil(now, morning), text: phrase('cooldown_lateNightText', morningPhrase(now, morning, true)), reason: 'cooldown_lateNightReason' };
  },
  examples: [
    { at: '23:30', categories: ['blame'], minutes: 8 * 60 + 30, says: 'reread it tomorrow morning' },
    { at: '01:15', categories: ['excuse'], minutes: 6 * 60 + 45, says: 'reread it in the morning' },
    { at: '22:10', categories: ['demand'], settings: { lateNightStartHour: 22 }, minutes: 9 * 60 + 50 },
  ],
  counterexamples: [
    { at: '01:15', categories: [] },
    { at: '22:30', categories: ['blame'] },
    { at: '08:00', categories: ['blame'] },
  ],
});
