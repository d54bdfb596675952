/**
 * Every string the cooldowns, the hold prompt, reminders and the drafts page show. Each goes
 * through the i18n helper under its key; until the key is in public/_locales/en/messages.json,
 * the English here is used. `$1`… are substitutions, as in Chrome's catalogue.
 */
import { hasMessage, t } from '../i18n';

export const COOLDOWN_STRINGS = {
  cooldown_heatText: 'Wait $1 minutes and reread it before sending.',
  cooldown_heatReason: 'Written in the heat of the moment, this can land harder than you mean it to.',
  cooldown_roomText: 'Give them until $1 before you send anything.',
  cooldown_roomReason: 'Pressing for an answer takes away the room they need to decide for themselves.',
  cooldown_burstText: 'You’ve sent $1 messages in the last $2 without a reply — give them until $3.',
  cooldown_burstTextNoReplyInfo: 'You’ve sent $1 messages in the last $2 — give them until $3.',
  cooldown_burstReason: 'Several messages in a row can feel like pressure, even when each one is kind.',
  cooldown_unansweredText: 'You’ve sent $1 messages in a row without a reply — give them until $2.',
  cooldown_unansweredReason: 'They have your words already; another message asks for an answer they may not be ready to give.',
  cooldown_lateNightText: 'It’s late. Sleep on it and reread it $1.',
  cooldown_lateNightReason: 'Messages written late at night tend to say more than we would in daylight.',
  cooldown_thisMorning: 'this morning',
  cooldown_tomorrowMorning: 'tomorrow morning',
  cooldown_inTheMorning: 'in the morning',
  cooldown_minutes: '$1 minutes',
  cooldown_hour: 'hour',
  cooldown_hours: '$1 hours',
  hold_title: 'Hold on a moment',
  hold_intro: 'Amends caught this message before it was sent.',
  hold_countdown: 'Suggested wait: $1 left',
  hold_countdownDone: 'The suggested wait is over.',
  hold_sendAnyway: 'Send anyway',
  hold_hold: 'Hold and remind me',
  hold_keepEditing: 'Keep editing',
  hold_held: 'Held. Amends will remind you $1. Your text is still in the box, unchanged.',
  hold_whenToday: 'at $1',
  hold_whenTomorrow: 'tomorrow at $1',
  hold_whenLater: 'on $1 at $2',
  reminder_title: 'Your held message is ready to reread',
  reminder_body: 'The cooldown is over. Reread the draft you held and decide, calmly, whether to send it.',
  reminder_bodyOnSite: 'The cooldown is over. Reread the draft you held on $1 and decide, calmly, whether to send it.',
  drafts_title: 'Held drafts',
  drafts_intro: 'Messages you chose to hold. They stay on this device only, until you copy or discard them.',
  drafts_empty: 'No held drafts. When a cooldown asks you to wait, “Hold” keeps your draft here.',
  drafts_heldOn: 'Held $1 on $2',
  drafts_heldAt: 'Held $1',
  drafts_remindAt: 'Reminder $1',
  drafts_ready: 'Ready to reread',
  drafts_copy: 'Copy',
  drafts_copied: 'Copied',
  drafts_discard: 'Discard',
  drafts_discardConfirm: 'Discard for good?',
  drafts_deleteAll: 'Delete all held drafts',
  drafts_deleteAllConfirm: 'Delete all $1 drafts? This can’t be undone.',
  drafts_cancel: 'Cancel',
  drafts_copyFailed: 'Couldn’t copy. Select the text and copy it yourself.',
} as const;

export type CooldownStringKey = keyof typeof COOLDOWN_STRINGS;

/** The string for `key`, from the browser's catalogue when it has it. */
export function cooldownString(key: CooldownStringKey, substitutions: readonly (string | number)[] = []): string {
  const subs = substitutions.map(String);
  const english: string = COOLDOWN_STRINGS[key];
  if (hasMessage(key)) return t(key, subs);
  return english.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
}

/** A sentence as data: a key and its substitutions (which may be phrases themselves). */
export interface Phrase {
  key: CooldownStringKey;
  params?: ReadonlyArray<string | number | Phrase>;
}

export const phrase = (key: CooldownStringKey, ...params: Array<string | number | Phrase>): Phrase => ({ key, params });

/** The phrase in words; only the suggestion that wins is ever put into words. */
export function formatPhrase(p: Phrase): string {
  return cooldownString(p.key, (p.params ?? []).map((x) => (typeof x === 'object' ? formatPhrase(x) : x)));
}
