/** Small building blocks for `sanitize` functions: each takes an unknown and a default. */
import { CATEGORY_IDS, type CategoryId } from '../analyzer/types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A finite number clamped to [min, max] and rounded when `integer`, else the fallback. */
export function numberIn(value: unknown, min: number, max: number, fallback: number, integer = true): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(max, Math.max(min, value));
  return integer ? Math.round(clamped) : clamped;
}

/** Unique strings that pass `accept`, at most `max` of them (a bound on hand-edited storage). */
export function stringList(value: unknown, accept: (s: string) => boolean = () => true, max = 500): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const item of value) if (typeof item === 'string' && accept(item)) seen.add(item);
  return [...seen].slice(0, max);
}

/** One value per category, each sanitized by `each` against the default. */
export function perCategory<T>(value: unknown, fallback: Record<CategoryId, T>, each: (v: unknown, d: T) => T): Record<CategoryId, T> {
  const raw = asRecord(value);
  return Object.fromEntries(CATEGORY_IDS.map((c) => [c, each(raw[c], fallback[c])])) as Record<CategoryId, T>;
}

export function allCategories<T>(value: T): Record<CategoryId, T> {
  return Object.fromEntries(CATEGORY_IDS.map((c) => [c, value])) as Record<CategoryId, T>;
}
