/**
 * Every setting Amends keeps, defined once (typed, versioned, migrated, sanitized on read).
 * Other modules import these items; nothing else names a storage key. The cooldown helper's
 * items live in src/cooldown/ and use the same `defineSetting`.
 */
import type { CategoryId } from '../analyzer/types';
import { defineSetting } from './define';
import { allCategories, asRecord, booleanOr, oneOf, perCategory, stringList } from './sanitize';
import { DEFAULT_SHORTCUT, sanitizeShortcut, type Shortcut } from './shortcut';
import { originFromInput } from './sites';

export type Sensitivity = 'all' | 'high';
export type Theme = 'auto' | 'light' | 'dark';
export const SENSITIVITIES: readonly Sensitivity[] = ['all', 'high'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export interface Preferences {
  /** Categories the user wants flagged. */
  categories: Record<CategoryId, boolean>;
  /** 'high' shows only high-confidence findings. */
  sensitivity: Sensitivity;
  /** Rules silenced with "don't flag this again". */
  disabledRules: string[];
  theme: Theme;
  /** In-page shortcut that opens the card at the caret (added in v2). */
  shortcut: Shortcut;
}

export const DEFAULT_PREFERENCES: Preferences = {
  categories: allCategories(true),
  sensitivity: 'all',
  disabledRules: [],
  theme: 'auto',
  shortcut: DEFAULT_SHORTCUT,
};

export function sanitizePreferences(value: unknown): Preferences {
  const raw = asRecord(value);
  return {
    categories: perCategory(raw.categories, DEFAULT_PREFERENCES.categories, booleanOr),
    sensitivity: oneOf(raw.sensitivity, SENSITIVITIES, DEFAULT_PREFERENCES.sensitivity),
    disabledRules: stringList(raw.disabledRules, (id) => /^[a-z0-9-]{1,80}$/.test(id)),
    theme: oneOf(raw.theme, THEMES, DEFAULT_PREFERENCES.theme),
    shortcut: sanitizeShortcut(raw.shortcut),
  };
}

export const preferences = defineSetting<Preferences>({
  key: 'local:preferences',
  version: 2,
  fallback: DEFAULT_PREFERENCES,
  migrations: {
    // v1 had no shortcut.
    2: (old: Record<string, unknown>) => ({ ...asRecord(old), shortcut: DEFAULT_SHORTCUT }),
  },
  sanitize: sanitizePreferences,
});

/** Per-host state: switched off, or paused until a time (ms since epoch). */
export interface SiteState {
  disabled: Record<string, true>;
  pausedUntil: Record<string, number>;
}

const HOST = /^[a-z0-9.-]{1,253}$/i;

export function sanitizeSiteState(value: unknown): SiteState {
  const raw = asRecord(value);
  const disabled: Record<string, true> = {};
  for (const [host, v] of Object.entries(asRecord(raw.disabled))) if (HOST.test(host) && v === true) disabled[host] = true;
  const pausedUntil: Record<string, number> = {};
  for (const [host, v] of Object.entries(asRecord(raw.pausedUntil))) {
    if (HOST.test(host) && typeof v === 'number' && Number.isFinite(v) && v > 0) pausedUntil[host] = v;
  }
  return { disabled, pausedUntil };
}

export const siteState = defineSetting<SiteState>({
  key: 'local:siteState',
  version: 1,
  fallback: { disabled: {}, pausedUntil: {} },
  sanitize: sanitizeSiteState,
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

/** The popup's repair checklist: which steps the user has ticked. */
export interface Checklist {
  ticked: Record<CategoryId, boolean>;
}

export function sanitizeChecklist(value: unknown): Checklist {
  return { ticked: perCategory(asRecord(value).ticked, allCategories(false), booleanOr) };
}

export const checklist = defineSetting<Checklist>({
  key: 'local:checklist',
  version: 1,
  fallback: { ticked: allCategories(false) },
  sanitize: sanitizeChecklist,
});

/** Origins the user added on the options page ("https://chat.example.org"), each with a granted permission. */
export function sanitizeAddedSites(value: unknown): string[] {
  return stringList(value, (s) => originFromInput(s) === s, 200);
}

export const addedSites = defineSetting<string[]>({
  key: 'local:addedSites',
  version: 1,
  fallback: [],
  sanitize: sanitizeAddedSites,
});

