/**
 * Every user-visible string goes through `t()`. In the extension it reads the browser's i18n
 * catalogue (public/_locales/<lang>/messages.json); in unit tests, plain pages, or when a key is
 * missing from a stale locale, it falls back to the English catalogue bundled here.
 */
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue: Record<string, CatalogueEntry> = english;

/** `t('popup_pausedUntil', ['9:30'])`: the message for `key`, with `$1`… substitutions. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const subs = substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  const fromBrowser = browserMessage(key, subs);
  return fromBrowser || formatEnglish(key, subs);
}

function browserMessage(key: MessageKey, subs: string[]): string {
  try {
    // Loosely typed on purpose: WXT's generated key list lags behind messages.json until `wxt prepare`.
    const getMessage = browser.i18n?.getMessage as ((name: string, substitutions?: string[]) => string) | undefined;
    return getMessage?.call(browser.i18n, key, subs.length ? subs : undefined) ?? '';
  } catch {
    // The fake browser in unit tests throws "not implemented"; pages without the API land here too.
    return '';
  }
}

/** Same rules as Chrome: named $placeholders$ expand to their content, then $1–$9 to substitutions. */
export function formatEnglish(key: string, subs: readonly string[]): string {
  const entry = catalogue[key];
  if (!entry) return key;
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content ?? whole;
  });
  return named.replace(/\$(\d)|\$\$/g, (whole, digit: string | undefined) => {
    if (digit === undefined) return '$';
    return subs[Number(digit) - 1] ?? '';
  });
}

/** Whether the catalogue has `key` (used to check data-driven keys, e.g. per category). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}
