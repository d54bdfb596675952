/**
 * Weekly counts for "this week at a glance": findings per category and cooldowns honoured.
 * Counts only, never text. Weeks start on Monday (local time); the last WEEKS_KEPT are kept.
 */
import type { CategoryId } from '../analyzer/types';
import { defineSetting } from './define';
import { allCategories, asRecord, numberIn, perCategory } from './sanitize';

export interface WeekCounts {
  findings: Record<CategoryId, number>;
  cooldownsHonoured: number;
}

export interface WeeklyStats {
  /** Keyed by the week's Monday, "YYYY-MM-DD" in local time. */
  weeks: Record<string, WeekCounts>;
}

export const WEEKS_KEPT = 8;
const MAX_COUNT = 1_000_000;
const WEEK_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyWeek(): WeekCounts {
  return { findings: allCategories(0), cooldownsHonoured: 0 };
}

/** The Monday of `now`'s week as "YYYY-MM-DD" (local time). */
export function weekKey(now: number): string {
  const d = new Date(now);
  d.setHours(12, 0, 0, 0); // midday keeps DST shifts from crossing a date line
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function sanitizeWeek(value: unknown): WeekCounts {
  const raw = asRecord(value);
  const count = (v: unknown) => numberIn(v, 0, MAX_COUNT, 0);
  return { findings: perCategory(raw.findings, allCategories(0), count), cooldownsHonoured: count(raw.cooldownsHonoured) };
}

/** Keeps the newest WEEKS_KEPT valid weeks. */
export function sanitizeWeeklyStats(value: unknown): WeeklyStats {
  const raw = asRecord(asRecord(value).weeks);
  const keys = Object.keys(raw).filter((k) => WEEK_KEY.test(k)).sort().slice(-WEEKS_KEPT);
  return { weeks: Object.fromEntries(keys.map((k) => [k, sanitizeWeek(raw[k])])) };
}

export const weeklyStats = defineSetting<WeeklyStats>({
  key: 'local:weeklyStats',
  version: 1,
  fallback: { weeks: {} },
  sanitize: sanitizeWeeklyStats,
});

export function weekOf(stats: WeeklyStats, now: number): WeekCounts {
  return stats.weeks[weekKey(now)] ?? emptyWeek();
}

/** Pure: stats with `change` applied to the week of `now`. */
export function withWeek(stats: WeeklyStats, now: number, change: (week: WeekCounts) => void): WeeklyStats {
  const key = weekKey(now);
  const week = structuredClone(stats.weeks[key] ?? emptyWeek());
  change(week);
  return sanitizeWeeklyStats({ weeks: { ...stats.weeks, [key]: week } });
}

/** Counts findings the user was shown (call once per finding, not per re-analysis). */
export function countFindings(categories: readonly CategoryId[], now = Date.now()): Promise<WeeklyStats> {
  return weeklyStats.update((stats) =>
    withWeek(stats, now, (week) => {
      for (const c of categories) week.findings[c] += 1;
    }),
  );
}

export function countCooldownHonoured(now = Date.now()): Promise<WeeklyStats> {
  return weeklyStats.update((stats) => withWeek(stats, now, (week) => (week.cooldownsHonoured += 1)));
}
