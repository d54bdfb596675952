import { describe, expect, it } from 'vitest';
import { DEFAULT_SHORTCUT, formatShortcut, matchesShortcut, sanitizeShortcut, shortcutFromEvent } from '../../src/settings/shortcut';
import { BUILT_IN_MATCHES, BUILT_IN_SITES, isBuiltInHost, matchPatternFor, originFromInput } from '../../src/settings/sites';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcut', () => {
  it('matches exactly its keys', () => {
    expect(matchesShortcut(key('KeyA', { altKey: true, shiftKey: true }), DEFAULT_SHORTCUT)).toBe(true);
    expect(matchesShortcut(key('KeyA', { altKey: true }), DEFAULT_SHORTCUT)).toBe(false);
    expect(matchesShortcut(key('KeyA', { altKey: true, shiftKey: true, ctrlKey: true }), DEFAULT_SHORTCUT)).toBe(false);
  });

  it('refuses combinations that ordinary typing produces', () => {
    expect(shortcutFromEvent(key('KeyA'))).toBeNull();
    expect(shortcutFromEvent(key('KeyA', { shiftKey: true }))).toBeNull();
    expect(shortcutFromEvent(key('ShiftLeft', { shiftKey: true, altKey: true }))).toBeNull();
    expect(shortcutFromEvent(key('KeyJ', { ctrlKey: true, shiftKey: true }))).toEqual({ code: 'KeyJ', ctrl: true, alt: false, shift: true, meta: false });
  });

  it('sanitizes to the default when unusable', () => {
    expect(sanitizeShortcut({ code: 'KeyA', shift: true })).toEqual(DEFAULT_SHORTCUT);
    expect(sanitizeShortcut('Alt+A')).toEqual(DEFAULT_SHORTCUT);
    expect(sanitizeShortcut({ code: 'Digit7', ctrl: true, alt: 'yes' })).toEqual({ code: 'Digit7', ctrl: true, alt: false, shift: false, meta: false });
  });

  it('formats for people', () => {
    expect(formatShortcut(DEFAULT_SHORTCUT)).toBe('Alt+Shift+A');
    expect(formatShortcut({ code: 'Digit7', ctrl: true, alt: false, shift: false, meta: false })).toBe('Ctrl+7');
  });
});

describe('sites', () => {
  it.each([
    ['chat.example.org', 'https://chat.example.org'],
    ['  https://Chat.Example.org/some/path?q=1 ', 'https://chat.example.org'],
    ['http://intranet.example:8080/x', 'http://intranet.example'],
    ['localhost', 'https://localhost'],
    ['hello', null],
    ['', null],
    ['ftp://files.example.org', null],
    ['javascript:alert(1)', null],
    ['https://exa mple.org', null],
  ])('originFromInput(%j) is %j', (input, origin) => {
    expect(originFromInput(input)).toBe(origin);
  });

  it('builds match patterns and knows built-in hosts', () => {
    expect(matchPatternFor('https://chat.example.org')).toBe('https://chat.example.org/*');
    expect(isBuiltInHost('mail.google.com')).toBe(true);
    expect(isBuiltInHost('example.org')).toBe(false);
  });

  it('lists each built-in host under its own match patterns', () => {
    for (const site of BUILT_IN_SITES) {
      for (const host of site.hosts) expect(site.matches.some((m) => new URL(m.replace('/*', '/')).hostname === host)).toBe(true);
    }
    expect(new Set(BUILT_IN_MATCHES).size).toBe(BUILT_IN_MATCHES.length);
  });
});
