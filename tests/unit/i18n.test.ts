import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import { CATEGORIES } from '../../src/analyzer/categories';
import { formatEnglish, t } from '../../src/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('t()', () => {
  it('falls back to the English catalogue when the i18n API is unavailable', () => {
    expect(t('extName')).toBe('Amends');
    expect(t('popup_progress', '3')).toBe('3 of 6 steps done');
  });

  it('uses the browser catalogue when it answers', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => (key === 'popup_progress' ? `${String(subs)} sur 6` : '')) as never);
    expect(t('popup_progress', '2')).toBe('2 sur 6');
    // An empty answer (key missing from a stale locale) falls back to English.
    expect(t('popup_startOver')).toBe('Start over');
  });

  it('expands named placeholders, positional $n and $$ like Chrome', () => {
    expect(formatEnglish('popup_pausedUntil', ['9:30'])).toBe('Paused until 9:30');
    expect(formatEnglish('common_stepNumber', ['4'])).toBe('Step 4');
    expect(formatEnglish('no_such_key', [])).toBe('no_such_key');
  });
});

describe('messages.json', () => {
  it('uses only key names Chrome accepts, each with a message', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect((entry as { message: string }).message.length).toBeGreaterThan(0);
    }
  });

  it('declares every named placeholder it uses', () => {
    for (const [key, entry] of Object.entries(english) as [string, { message: string; placeholders?: Record<string, unknown> }][]) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
        expect(entry.placeholders?.[name.toLowerCase()], `${key} uses $${name}$`).toBeDefined();
      }
    }
  });

  it('has each step title and hint, matching the shared categories', () => {
    for (const c of CATEGORIES) {
      const prefix = `category_${c.id.replace(/-/g, '_')}`;
      const catalogue = english as Record<string, { message: string }>;
      expect(catalogue[`${prefix}_title`]?.message).toBe(c.title);
      expect(catalogue[`${prefix}_hint`]?.message).toBe(c.hint);
      expect(catalogue[`${prefix}_name`]?.message).toBeTruthy();
    }
  });
});

describe('the card’s strings', () => {
  it('are all in messages.json, saying what src/ui/strings.ts says', async () => {
    const { CARD_STRINGS } = await import('../../src/ui/strings');
    const subs = ['ONE', 'TWO', 'THREE'];
    for (const [key, english] of Object.entries(CARD_STRINGS)) {
      expect(formatEnglish(key, subs), key).toBe(english.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1]));
    }
  });
});
