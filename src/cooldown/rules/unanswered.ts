/**
 * unanswered: many sends in a row since their last reply, however spread out, is still asking
 * again and again; wait until the next morning at least.
 *
 * Deliberately not suggested when the page can't show their replies (we would be guessing), or
 * when they replied after the user's latest sends.
 */
import { phrase } from '../messages';
import { minutesUntil, morningPhrase, nextMorning } from '../time';
import { defineCooldownRule } from '../types';

export default defineCooldownRule({
  id: 'unanswered',
  kind: 'unanswered',
  rank: 30,
  suggest({ unanswered, settings, now }) {
    if (unanswered === undefined || unanswered < settings.unansweredCount) return undefined;
    const morning = nextMorning(now, settings.morningHour);
    return { minutes: minutesUntil(now, morning), text: phrase('cooldown_unansweredText', unanswered, morningPhrase(now, morning)), reason: 'cooldown_unansweredReason' };
  },
  examples: [
    { at: '19:00', sendsMinutesAgo: [3000, 1500, 300], replyMinutesAgo: 'none-seen', minutes: 13 * 60, says: "You’ve sent 3 messages in a row without a reply" },
    { at: '10:00', sendsMinutesAgo: [2000, 900, 600, 60], replyMinutesAgo: 1000, minutes: 22 * 60, says: '3 messages in a row' },
  ],
  counterexamples: [
    { at: '19:00', sendsMinutesAgo: [3000, 1500, 300] },
    { at: '19:00', sendsMinutesAgo: [3000, 1500, 300], replyMinutesAgo: 200 },
  ],
});
