/**
 * Every setting Amends keeps, defined once as WXT storage items (typed, versioned, with
 * fallbacks). Other modules import these items; nothing else names a storage key.
 */
import { storage } from '#imports';
import { CATEGORY_IDS, type CategoryId } from '../analyzer/types';

export type Sensitivity = 'all' | 'high';

export interface Preferences {
  /** Categories the user wants flagged. */
  categories: Record<CategoryId, boolean>;
  /** 'high' shows only high-confidence findings. */
  sensitivity: Sensitivity;
  /** Rules silenced with "don't flag this again". */
  disabledRules: string[];
  theme: 'auto' | 'light' | 'dark';
}

export const DEFAULT_PREFERENCES: Preferences = {
  categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) as Record<CategoryId, boolean>,
  sensitivity: 'all',
  disabledRules: [],
  theme: 'auto',
};

export const preferences = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** Per-host state: switched off, or paused until a time (ms since epoch). */
export interface SiteState {
  disabled: Record<string, true>;
  pausedUntil: Record<string, number>;
}

export const siteState = storage.defineItem<SiteState>('local:siteState', {
  fallback: { disabled: {}, pausedUntil: {} },
  version: 1,
});

/** Whether Amends should check text on `host` at time `now`. */
export function isActiveOn(state: SiteState, host: string, now: number): boolean {
  if (state.disabled[host]) return false;
  const until = state.pausedUntil[host];
  return !(until && until > now);
}

/** Minimum confidence for a sensitivity level. */
export function minConfidenceFor(sensitivity: Sensitivity): number {
  return sensitivity === 'high' ? 0.8 : 0;
}
