/** Local-time helpers for "until the morning" suggestions. */
import { phrase, type Phrase } from './messages';

const MINUTE = 60_000;

/** The next time the local clock shows `hour`:00 after `now` (today or tomorrow). */
export function nextMorning(now: Date, hour: number): Date {
  const target = new Date(now);
  target.setHours(hour, 0, 0, 0);
  if (target.getTime() <= now.getTime()) target.setDate(target.getDate() + 1);
  return target;
}

export function minutesUntil(now: Date, then: Date): number {
  return Math.max(1, Math.ceil((then.getTime() - now.getTime()) / MINUTE));
}

/**
 * "this morning" when the morning is later today (past midnight), else "tomorrow morning";
 * `after` gives the adverb form ("in the morning") for the same-day case.
 */
export function morningPhrase(now: Date, morning: Date, after = false): Phrase {
  if (morning.getDate() !== now.getDate()) return phrase('cooldown_tomorrowMorning');
  return phrase(after ? 'cooldown_inTheMorning' : 'cooldown_thisMorning');
}

/** Whether `now` falls in the late-night span [startHour, morningHour), which may wrap midnight. */
export function isLateNight(now: Date, startHour: number, morningHour: number): boolean {
  const h = now.getHours();
  if (startHour === morningHour) return false;
  return startHour < morningHour ? h >= startHour && h < morningHour : h >= startHour || h < morningHour;
}

/** "15 minutes", "hour", "2 hours" — a window as people say it after "in the last". */
export function spanPhrase(minutes: number): Phrase {
  if (minutes % 60 === 0 && minutes >= 60) return minutes === 60 ? phrase('cooldown_hour') : phrase('cooldown_hours', minutes / 60);
  return phrase('cooldown_minutes', minutes);
}
