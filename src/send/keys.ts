/** Which keystrokes send, as pure functions of the key event (tested without a browser). */
import type { SendKey } from './sites';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  /** Legacy IME signal: keyCode 229 while composing. */
  keyCode?: number;
}

/** Whether `event` is the send keystroke `rule` (never while an IME is composing text). */
export function matchesSendKey(event: KeyLike, rule: SendKey): boolean {
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229 || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (rule === 'enter') return !event.shiftKey && !mod;
  return mod && !event.shiftKey;
}

export function isSendKey(event: KeyLike, rules: readonly SendKey[]): SendKey | undefined {
  return rules.find((rule) => matchesSendKey(event, rule));
}

/**
 * Keys worth watching on sites Amends doesn't know: any Enter that could send. Such a key only
 * counts as a send once the message box empties (see send-watch), so a new line never does.
 */
export function mightSend(event: KeyLike): boolean {
  return matchesSendKey(event, 'enter') || matchesSendKey(event, 'mod-enter');
}
