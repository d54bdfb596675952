/**
 * The cooldown settings as a WXT storage item, defined once. The options page edits it; the
 * content script reads it through `loadCooldownSettings` so a corrupt value never breaks a page.
 */
import { storage } from '#imports';
import { DEFAULT_COOLDOWN_SETTINGS, sanitizeCooldownSettings, type CooldownSettings } from './defaults';

export { COOLDOWN_LIMITS, DEFAULT_COOLDOWN_SETTINGS, sanitizeCooldownSettings, type CooldownSettings } from './defaults';

export const cooldownSettings = storage.defineItem<CooldownSettings>('local:cooldownSettings', {
  fallback: DEFAULT_COOLDOWN_SETTINGS,
  version: 1,
});

/** The stored settings, sanitized (bad or missing fields fall back to defaults). */
export async function loadCooldownSettings(): Promise<CooldownSettings> {
  try {
    return sanitizeCooldownSettings(await cooldownSettings.getValue());
  } catch {
    return DEFAULT_COOLDOWN_SETTINGS;
  }
}

/** Calls back with sanitized settings whenever they change (e.g. from the options page). */
export function watchCooldownSettings(onChange: (settings: CooldownSettings) => void): () => void {
  return cooldownSettings.watch((value) => onChange(sanitizeCooldownSettings(value)));
}
