/**
 * Export, import and clear: everything Amends stores, as one JSON file. Import is all or
 * nothing: the file is parsed, migrated and validated first, and storage is written only when
 * every part is valid (a clear error otherwise, nothing changed).
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { conversationHistory } from '../cooldown/history';
import { cooldownSettings } from '../cooldown/settings';
import type { Setting } from './define';
import { addedSites, checklist, preferences, siteState } from './items';
import { isRecord } from './sanitize';
import { weeklyStats } from './stats';

export const BACKUP_FORMAT = 'amends-backup';
export const BACKUP_VERSION = 1;

/** One stored thing, as backup sees it. */
export interface BackupEntry {
  /** Name in the file (the storage key without its area). */
  name: string;
  key: StorageItemKey;
  version: number;
  read(): Promise<unknown>;
  /** Migrates a value written by `fromVersion` to the current shape. */
  upgrade(value: unknown, fromVersion: number): unknown;
  /** Whether an (upgraded) value is exactly what this entry accepts. */
  isValid(value: unknown): boolean;
  write(value: unknown): Promise<void>;
}

/** Deep equality over JSON data, ignoring key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/** By default a setting accepts a value when sanitizing leaves it unchanged. */
function fromSetting<T>(setting: Setting<T>, isValid = (value: unknown) => sameJson(setting.sanitize(value), value)): BackupEntry {
  return {
    name: setting.key.replace(/^\w+:/, ''),
    key: setting.key,
    version: setting.version,
    read: () => setting.getValue(),
    upgrade: (value, from) => setting.upgrade(value, from),
    isValid,
    write: (value) => setting.setValue(setting.sanitize(value)),
  };
}

const isTimeList = (v: unknown) => Array.isArray(v) && v.every((t) => typeof t === 'number' && Number.isFinite(t) && t > 0);

export const BACKUP_ENTRIES: readonly BackupEntry[] = [
  fromSetting(preferences),
  fromSetting(siteState),
  fromSetting(checklist),
  fromSetting(addedSites),
  fromSetting(weeklyStats),
  fromSetting(cooldownSettings),
  // Send times older than 30 days are pruned on every read, so check the shape, not equality.
  fromSetting(conversationHistory, (v) => isRecord(v) && Object.values(v).every((c) => isRecord(c) && isTimeList(c.sends) && isTimeList(c.replies))),
];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  items: Record<string, { version: number; value: unknown }>;
}

export async function exportBackup(now = new Date()): Promise<Backup> {
  const items: Backup['items'] = {};
  for (const entry of BACKUP_ENTRIES) items[entry.name] = { version: entry.version, value: await entry.read() };
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, exportedAt: now.toISOString(), items };
}

export type ImportError =
  | { kind: 'not-json' }
  | { kind: 'not-backup' }
  | { kind: 'newer'; item?: string }
  | { kind: 'invalid'; item: string };

export type ImportResult = { ok: true; imported: string[] } | { ok: false; error: ImportError };

/** Checks a file's text and returns the values to write, or why it can't be imported. */
export function parseBackup(text: string): { ok: true; values: Map<BackupEntry, unknown> } | { ok: false; error: ImportError } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT || typeof data.formatVersion !== 'number' || !isRecord(data.items)) {
    return { ok: false, error: { kind: 'not-backup' } };
  }
  if (data.formatVersion > BACKUP_VERSION) return { ok: false, error: { kind: 'newer' } };
  const values = new Map<BackupEntry, unknown>();
  for (const [name, stored] of Object.entries(data.items)) {
    const entry = BACKUP_ENTRIES.find((e) => e.name === name);
    if (!entry || !isRecord(stored) || !Number.isInteger(stored.version) || (stored.version as number) < 1) {
      return { ok: false, error: { kind: 'invalid', item: name } };
    }
    if ((stored.version as number) > entry.version) return { ok: false, error: { kind: 'newer', item: name } };
    let value: unknown;
    try {
      value = entry.upgrade(stored.value, stored.version as number);
    } catch {
      return { ok: false, error: { kind: 'invalid', item: name } };
    }
    if (!entry.isValid(value)) return { ok: false, error: { kind: 'invalid', item: name } };
    values.set(entry, value);
  }
  return { ok: true, values };
}

/** Imports a file: every item in it replaces the stored one; items not in the file stay. */
export async function importBackup(text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  for (const [entry, value] of parsed.values) await entry.write(value);
  return { ok: true, imported: [...parsed.values.keys()].map((e) => e.name) };
}

/** Removes everything Amends stores on this device (settings, counts, history, held drafts). */
export async function clearEverything(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}
