/**
 * The in-page shortcut that opens the card at the caret. Stored by physical key (`event.code`)
 * so it survives keyboard layouts and macOS Option producing other characters.
 */
import { asRecord, booleanOr } from './sanitize';

export interface Shortcut {
  code: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

export const DEFAULT_SHORTCUT: Shortcut = { code: 'KeyA', ctrl: false, alt: true, shift: true, meta: false };

const CODE = /^(Key[A-Z]|Digit[0-9]|F([1-9]|1[0-2])|Period|Comma|Slash|Semicolon|Quote|BracketLeft|BracketRight|Backquote|Minus|Equal|Space)$/;

/** A shortcut must use Ctrl, Alt or Meta, or typing Shift+letter would trigger it. */
export function isUsableShortcut(s: Shortcut): boolean {
  return CODE.test(s.code) && (s.ctrl || s.alt || s.meta);
}

export function sanitizeShortcut(value: unknown): Shortcut {
  const raw = asRecord(value);
  const candidate: Shortcut = {
    code: typeof raw.code === 'string' ? raw.code : '',
    ctrl: booleanOr(raw.ctrl, false),
    alt: booleanOr(raw.alt, false),
    shift: booleanOr(raw.shift, false),
    meta: booleanOr(raw.meta, false),
  };
  return isUsableShortcut(candidate) ? candidate : { ...DEFAULT_SHORTCUT };
}

type KeyLike = Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

export function matchesShortcut(event: KeyLike, s: Shortcut): boolean {
  return event.code === s.code && event.ctrlKey === s.ctrl && event.altKey === s.alt && event.shiftKey === s.shift && event.metaKey === s.meta;
}

/** The shortcut a keydown describes, or null for a lone modifier or an unusable combination. */
export function shortcutFromEvent(event: KeyLike): Shortcut | null {
  const s: Shortcut = { code: event.code, ctrl: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey };
  return isUsableShortcut(s) ? s : null;
}

/** "Alt+Shift+A" (macOS: "⌥⇧A" is left to the caller; this is the portable form). */
export function formatShortcut(s: Shortcut): string {
  const key = s.code.replace(/^Key|^Digit/, '');
  return [s.ctrl && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', s.meta && 'Meta', key].filter(Boolean).join('+');
}
