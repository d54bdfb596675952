/** Whether a send is held: pure, from the findings and the user's opt-in categories. */
import type { CategoryId } from '../analyzer/types';
import type { CooldownSettings } from '../cooldown/defaults';
import type { SendSite } from './sites';

/** The categories in `findings` the user asked Amends to hold for, in step order, once each. */
export function heldCategories(findings: ReadonlyArray<{ category: CategoryId }>, settings: Pick<CooldownSettings, 'holdCategories'>): CategoryId[] {
  const found = new Set(findings.map((f) => f.category));
  return (Object.keys(settings.holdCategories) as CategoryId[]).filter((c) => settings.holdCategories[c] && found.has(c));
}

/** Any category opted in at all (otherwise Amends never needs to look at a send before the site). */
export function holdEnabled(settings: Pick<CooldownSettings, 'holdCategories'>): boolean {
  return Object.values(settings.holdCategories).some(Boolean);
}

/** Amends holds only where it knows how to send again afterwards. */
export function canHoldOn(site: SendSite | undefined): site is SendSite & { resend: 'button' | 'key' } {
  if (!site?.resend) return false;
  return site.resend === 'button' ? Boolean(site.sendButton) : site.sendKeys.length > 0;
}
