/**
 * Cooldown durations and thresholds with their defaults and a sanitizer. Pure (no storage), so
 * the engine and its tests use it directly; the storage item lives in ./settings.ts.
 */
import { CATEGORY_IDS, type CategoryId } from '../analyzer/types';

export interface CooldownSettings {
  /** Minutes to wait after writing in heat (blame, excuse, demand, non-apology). */
  heatMinutes: number;
  /** A burst is at least burstCount sends within burstWindowMinutes with no reply. */
  burstCount: number;
  burstWindowMinutes: number;
  /** This many sends in a row since their last reply, over any span, is crowding too. */
  unansweredCount: number;
  /** Local hours: from lateNightStartHour to morningHour counts as late at night. */
  lateNightStartHour: number;
  /** "Until the morning" means this local hour. */
  morningHour: number;
  /** Categories whose findings make Amends hold the send (opt-in; all off by default). */
  holdCategories: Record<CategoryId, boolean>;
}

export const DEFAULT_COOLDOWN_SETTINGS: CooldownSettings = {
  heatMinutes: 20,
  burstCount: 3,
  burstWindowMinutes: 15,
  unansweredCount: 3,
  lateNightStartHour: 23,
  morningHour: 8,
  holdCategories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, false])) as Record<CategoryId, boolean>,
};

/** Bounds per numeric setting, so a corrupt or hand-edited value can't produce nonsense. */
export const COOLDOWN_LIMITS = {
  heatMinutes: [1, 24 * 60],
  burstCount: [2, 20],
  burstWindowMinutes: [1, 24 * 60],
  unansweredCount: [2, 50],
  lateNightStartHour: [0, 23],
  morningHour: [0, 23],
} as const satisfies Record<string, readonly [number, number]>;

type NumericKey = keyof typeof COOLDOWN_LIMITS;

/** Any stored value → valid settings: unknown keys dropped, bad values replaced by defaults. */
export function sanitizeCooldownSettings(value: unknown): CooldownSettings {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const result: CooldownSettings = { ...DEFAULT_COOLDOWN_SETTINGS, holdCategories: { ...DEFAULT_COOLDOWN_SETTINGS.holdCategories } };
  for (const key of Object.keys(COOLDOWN_LIMITS) as NumericKey[]) {
    const v = raw[key];
    const [min, max] = COOLDOWN_LIMITS[key];
    if (typeof v === 'number' && Number.isFinite(v)) result[key] = Math.min(max, Math.max(min, Math.round(v)));
  }
  const hold = raw.holdCategories;
  if (hold && typeof hold === 'object') {
    for (const c of CATEGORY_IDS) {
      const v = (hold as Record<string, unknown>)[c];
      if (typeof v === 'boolean') result.holdCategories[c] = v;
    }
  }
  return result;
}
