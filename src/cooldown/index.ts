/**
 * Cooldown suggestions for the card and for hold-before-send.
 * `suggestCooldown({ findings, history?, reply?, now, settings? })` → { kind, minutes, until, text, reason, rule? }.
 */
import { suggestWith } from './engine';
import { cooldownRules } from './rules';
import type { CooldownInput, CooldownSuggestion } from './types';

export type { CooldownInput, CooldownKind, CooldownSuggestion, HistoryInput, ReplyInput } from './types';
export { DEFAULT_COOLDOWN_SETTINGS, sanitizeCooldownSettings, type CooldownSettings } from './defaults';

/** One suggestion for a draft: the longest pause any rule in src/cooldown/rules/ asks for. */
export function suggestCooldown(input: CooldownInput): CooldownSuggestion {
  return suggestWith(cooldownRules, input);
}
