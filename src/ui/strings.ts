/**
 * Every string the in-page UI shows. Each goes through the i18n helper (src/i18n.ts) under its
 * `card_*` key; until a key is in public/_locales/en/messages.json, the English here is used.
 */
import type { CategoryId } from '../analyzer/types';
import { categoryInfo } from '../analyzer/categories';
import { hasMessage, t } from '../i18n';

export const CARD_STRINGS = {
  card_close: 'Close',
  card_tryInstead: 'Try instead',
  card_apply: 'Use this wording',
  card_leaveOut: 'Leave these words out',
  card_dismiss: 'Dismiss',
  card_muteRule: 'Don’t flag this again',
  card_pauseSite: 'Pause here for an hour',
  card_remindLater: 'Remind me later',
  card_held: 'Held. Amends will remind you $1. Your text is still in the box, unchanged.',
  card_cooldownLabel: 'Before you send',
  card_noCooldown: 'Read it once more, slowly, before you send it.',
  card_truncated: 'Only the first $1 characters of this message were checked.',
  card_shortcutHint: '$1 opens this card from the keyboard.',
  card_announce: 'Amends: step $1, $2. Press $3 to read more.',
  card_label: 'Amends suggestion',
} as const;

export type CardStringKey = keyof typeof CARD_STRINGS;

/** The UI string for `key`, from the browser's catalogue when it has it. */
export function uiString(key: CardStringKey, substitutions: readonly string[] = []): string {
  const english: string = CARD_STRINGS[key];
  if (hasMessage(key)) return t(key, substitutions);
  return english.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
}

function categoryKey(id: CategoryId, part: 'name' | 'title'): string {
  return `category_${id.replace(/-/g, '_')}_${part}`;
}

/** Short label of a category ("Non-apology"). */
export function categoryName(id: CategoryId): string {
  const key = categoryKey(id, 'name');
  return hasMessage(key) ? t(key) : id.charAt(0).toUpperCase() + id.slice(1);
}

/** The repair step's title ("Apologise without conditions"). */
export function stepTitle(id: CategoryId): string {
  const key = categoryKey(id, 'title');
  return hasMessage(key) ? t(key) : categoryInfo(id).title;
}

/** "Step 4". */
export function stepLabel(step: number): string {
  return hasMessage('common_stepNumber') ? t('common_stepNumber', [String(step)]) : `Step ${step}`;
}
