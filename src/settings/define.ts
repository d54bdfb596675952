/**
 * A setting is a WXT storage item plus a `sanitize` that turns any stored value into a valid
 * one. WXT runs the migrations; every read and every watch callback goes through `sanitize`, so a
 * corrupt, hand-edited or downgraded value falls back to defaults instead of breaking a page.
 */
import { storage, type StorageItemKey, type Unwatch, type WatchCallback } from 'wxt/utils/storage';

export interface SettingDefinition<T> {
  key: StorageItemKey;
  /** Current schema version (≥ 1). Raise it and add a migration when the shape changes. */
  version: number;
  fallback: T;
  /** `migrations[n]` turns a version n-1 value into version n. */
  migrations?: Record<number, (old: any) => unknown>;
  /** Any value → a valid T (keep what is valid, replace the rest by defaults). Never throws. */
  sanitize(value: unknown): T;
}

export interface Setting<T> {
  readonly key: StorageItemKey;
  readonly version: number;
  readonly fallback: T;
  sanitize(value: unknown): T;
  /** Runs migrations from `fromVersion` to the current version (used by import). */
  upgrade(value: unknown, fromVersion: number): unknown;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Read, change, write; serialized within a context (not across tabs: fine for edits and counters). */
  update(change: (current: T) => T): Promise<T>;
  removeValue(): Promise<void>;
  watch(callback: WatchCallback<T>): Unwatch;
}

export function defineSetting<T>(definition: SettingDefinition<T>): Setting<T> {
  const { key, version, fallback, migrations = {}, sanitize } = definition;
  const item = storage.defineItem<T>(key, { fallback, version, migrations });
  const safe = (value: unknown): T => {
    try {
      return value == null ? structuredClone(fallback) : sanitize(value);
    } catch {
      return structuredClone(fallback);
    }
  };
  const write = async (value: T) => {
    // Writing the version with the value keeps migrations right even after storage was cleared.
    await item.setValue(safe(value));
    await storage.setMeta(key, { v: version });
  };
  // Updates from one context run one after another, so quick successive counts are not lost.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    key,
    version,
    fallback,
    sanitize: safe,
    upgrade(value, fromVersion) {
      let current = value;
      for (let v = fromVersion + 1; v <= version; v++) current = migrations[v]?.(current) ?? current;
      return current;
    },
    getValue: async () => safe(await item.getValue()),
    setValue: write,
    update(change) {
      const run = queue.then(async () => {
        const next = safe(change(safe(await item.getValue())));
        await write(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    removeValue: () => item.removeValue({ removeMeta: true }),
    watch: (callback) => item.watch((next, previous) => callback(safe(next), safe(previous))),
  };
}
