/**
 * room: chasing a reply (pestering) or flooding them (crowding) is answered by time, not by a
 * better sentence, so the pause runs until the next morning.
 *
 * Deliberately not suggested for the heated categories alone (those get "heat").
 */
import type { CategoryId } from '../../analyzer/types';
import { phrase } from '../messages';
import { minutesUntil, morningPhrase, nextMorning } from '../time';
import { defineCooldownRule } from '../types';

const PRESSING: readonly CategoryId[] = ['crowding', 'pestering'];

export default defineCooldownRule({
  id: 'room',
  kind: 'room',
  rank: 20,
  suggest({ categories, settings, now }) {
    if (!PRESSING.some((c) => categories.has(c))) return undefined;
    const morning = nextMorning(now, settings.morningHour);
    return { minutes: minutesUntil(now, morning), text: phrase('cooldown_roomText', morningPhrase(now, morning)), reason: 'cooldown_roomReason' };
  },
  examples: [
    { at: '14:00', categories: ['pestering'], minutes: 18 * 60, says: 'Give them until tomorrow morning' },
    { at: '02:00', categories: ['crowding'], minutes: 6 * 60, says: 'until this morning' },
    { at: '20:00', categories: ['crowding'], settings: { morningHour: 9 }, minutes: 13 * 60 },
  ],
  counterexamples: [
    { at: '14:00', categories: ['blame'] },
    { at: '14:00', categories: [] },
  ],
});
