/**
 * burst: several sends in a short window with no reply in between is crowding by rhythm, even
 * when every message is polite, so it applies with or without findings.
 *
 * Deliberately not suggested when they have replied since (a conversation is going on), when
 * the sends are spread wider than the window, or below the threshold.
 */
import { phrase } from '../messages';
import { minutesUntil, morningPhrase, nextMorning, spanPhrase } from '../time';
import { defineCooldownRule } from '../types';

export default defineCooldownRule({
  id: 'burst',
  kind: 'burst',
  rank: 40,
  suggest({ sends, unanswered, settings, now }) {
    const windowStart = now.getTime() - settings.burstWindowMinutes * 60_000;
    const recent = sends.filter((t) => t >= windowStart).length;
    // Only the sends since their last reply count, when replies can be seen.
    const count = unanswered === undefined ? recent : Math.min(recent, unanswered);
    if (count < settings.burstCount) return undefined;
    const morning = nextMorning(now, settings.morningHour);
    return {
      minutes: minutesUntil(now, morning),
      text: phrase(
        unanswered === undefined ? 'cooldown_burstTextNoReplyInfo' : 'cooldown_burstText',
        count,
        spanPhrase(settings.burstWindowMinutes),
        morningPhrase(now, morning),
      ),
      reason: 'cooldown_burstReason',
    };
  },
  examples: [
    { at: '14:00', sendsMinutesAgo: [12, 6, 1], replyMinutesAgo: 'none-seen', minutes: 18 * 60, says: "You’ve sent 3 messages in the last 15 minutes without a reply — give them until tomorrow morning." },
    { at: '14:00', sendsMinutesAgo: [9, 5, 2, 1], minutes: 18 * 60, says: "You’ve sent 4 messages in the last 15 minutes — give them" },
    { at: '14:00', sendsMinutesAgo: [50, 30, 10], replyMinutesAgo: 120, settings: { burstWindowMinutes: 60 }, says: 'in the last hour without a reply' },
  ],
  counterexamples: [
    { at: '14:00', sendsMinutesAgo: [12, 6, 1], replyMinutesAgo: 3 },
    { at: '14:00', sendsMinutesAgo: [40, 20, 1] },
    { at: '14:00', sendsMinutesAgo: [6, 1] },
  ],
});
