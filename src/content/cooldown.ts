/**
 * The cooldown line on the card. The conversation-aware version (send history, replies) plugs in
 * through the controller's `describeCooldown` option; this default knows only the finding.
 */
import type { Finding } from '../analyzer/types';
import { suggestCooldown } from '../cooldown';
import { uiString } from '../ui/strings';

export function describeCooldown(finding: Finding, now = new Date()): string {
  const suggestion = suggestCooldown({ findings: [finding], now });
  return suggestion.text || uiString('card_noCooldown');
}
