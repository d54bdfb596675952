/**
 * The cooldown settings as one storage item (the options page edits it; the content script and
 * the engine read it). Sanitized on every read, so a corrupt value never breaks a page.
 */
import { defineSetting } from '../settings/define';
import { DEFAULT_COOLDOWN_SETTINGS, sanitizeCooldownSettings, type CooldownSettings } from './defaults';

export { COOLDOWN_LIMITS, DEFAULT_COOLDOWN_SETTINGS, sanitizeCooldownSettings, type CooldownSettings } from './defaults';

export const cooldownSettings = defineSetting<CooldownSettings>({
  key: 'local:cooldownSettings',
  version: 1,
  fallback: DEFAULT_COOLDOWN_SETTINGS,
  sanitize: sanitizeCooldownSettings,
});
