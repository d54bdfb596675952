/**
 * heat: a draft that excuses, blames, demands or apologises with conditions was probably written
 * while upset; a short pause and a reread catches most of it.
 *
 * Deliberately not suggested for crowding or pestering alone (those get "room"), nor for a
 * draft with no findings.
 */
import type { CategoryId } from '../../analyzer/types';
import { phrase } from '../messages';
import { defineCooldownRule } from '../types';

const HEATED: readonly CategoryId[] = ['excuse', 'blame', 'demand', 'non-apology'];

export default defineCooldownRule({
  id: 'heat',
  kind: 'heat',
  rank: 0,
  suggest({ categories, settings }) {
    if (!HEATED.some((c) => categories.has(c))) return undefined;
    return { minutes: settings.heatMinutes, text: phrase('cooldown_heatText', settings.heatMinutes), reason: 'cooldown_heatReason' };
  },
  examples: [
    { at: '14:00', categories: ['blame'], minutes: 20, says: 'Wait 20 minutes and reread it' },
    { at: '09:30', categories: ['non-apology', 'excuse'], minutes: 20 },
    { at: '14:00', categories: ['demand'], settings: { heatMinutes: 45 }, minutes: 45, says: 'Wait 45 minutes' },
  ],
  counterexamples: [
    { at: '14:00', categories: [] },
    { at: '14:00', categories: ['pestering', 'crowding'] },
  ],
});
