/**
 * The DOM side of send awareness: finding a site's Send button for a field, sending again
 * through the site's own path after a hold, and telling when a send went through.
 */
import type { SendKey, SendSite } from './sites';

/** Labels that say "send" on buttons of sites Amends has no entry for. */
const GENERIC_SEND_LABEL = /^\s*(send|send message|send now|reply|post)\s*$/i;

/** The Send button for `field`: within its composer first, else the one nearest it in the DOM. */
export function sendButtonFor(field: Element, site: SendSite): HTMLElement | undefined {
  if (!site.sendButton) return undefined;
  const composer = site.composer ? field.closest(site.composer) : null;
  const scoped = composer?.querySelector<HTMLElement>(site.sendButton);
  if (scoped) return scoped;
  const all = Array.from((field.ownerDocument ?? document).querySelectorAll<HTMLElement>(site.sendButton));
  // Several compose windows (Gmail): the button whose ancestors reach the field soonest.
  return all.map((button) => ({ button, distance: levelsToCommonAncestor(button, field) })).sort((a, b) => a.distance - b.distance)[0]?.button;
}

function levelsToCommonAncestor(from: Element, to: Element): number {
  let levels = 0;
  for (let node: Element | null = from; node; node = node.parentElement, levels++) if (node.contains(to)) return levels;
  return Number.POSITIVE_INFINITY;
}

/** The Send button a click landed on, if the click was on one (for known and unknown sites). */
export function clickedSendButton(path: readonly EventTarget[], site: SendSite | undefined): HTMLElement | undefined {
  for (const target of path) {
    if (!(target instanceof HTMLElement)) continue;
    if (site?.sendButton) {
      if (target.matches(site.sendButton)) return target;
      continue;
    }
    const isButton = target.localName === 'button' || target.getAttribute('role') === 'button' || (target.localName === 'input' && /^(submit|button)$/.test((target as HTMLInputElement).type));
    if (!isButton) continue;
    const label = target.getAttribute('aria-label') ?? target.getAttribute('title') ?? (target as HTMLInputElement).value ?? target.textContent ?? '';
    if (GENERIC_SEND_LABEL.test(label) || GENERIC_SEND_LABEL.test(target.textContent ?? '')) return target;
    return undefined; // the first button on the path decides
  }
  return undefined;
}

export function isDisabled(button: HTMLElement): boolean {
  return (button as HTMLButtonElement).disabled === true || button.getAttribute('aria-disabled') === 'true';
}

/**
 * Clicks the site's Send button the way a person would: pointer and mouse down/up, then click.
 * Sites that act on mousedown or on click both see their event; the text is never touched.
 */
export function pressButton(button: HTMLElement): void {
  const r = button.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true, composed: true, view: button.ownerDocument.defaultView, button: 0 };
  const PointerCtor = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  button.dispatchEvent(new PointerCtor('pointerdown', { ...at, buttons: 1 }));
  button.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  button.dispatchEvent(new PointerCtor('pointerup', at));
  button.dispatchEvent(new MouseEvent('mouseup', at));
  button.click();
}

/** Replays a send key on the field, for sites whose only send path is the key (Discord). */
export function pressKey(field: HTMLElement, key: SendKey): void {
  field.focus({ preventScroll: true });
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const init: KeyboardEventInit = {
    key: 'Enter',
    code: 'Enter',
    bubbles: true,
    cancelable: true,
    composed: true,
    ctrlKey: key === 'mod-enter' && !mac,
    metaKey: key === 'mod-enter' && mac,
  };
  for (const type of ['keydown', 'keypress', 'keyup']) {
    const event = new KeyboardEvent(type, init);
    // The constructor leaves the legacy codes at 0; older handlers still test keyCode === 13.
    for (const legacy of ['keyCode', 'which', 'charCode']) Object.defineProperty(event, legacy, { get: () => (legacy === 'charCode' && type !== 'keypress' ? 0 : 13) });
    field.dispatchEvent(event);
  }
}

/**
 * Resolves true once a send went through: the field emptied or left the page (a mail compose
 * window closes). Resolves false if nothing like that happens within `timeoutMs`. The first look
 * is right after the event (sites clear the box in their own handler), before the user can type on.
 */
export function waitForSent(field: HTMLElement, readText: () => string, timeoutMs = 3000, intervalMs = 50): Promise<boolean> {
  return new Promise((resolve) => {
    const started = Date.now();
    const check = () => {
      let sent = !field.isConnected;
      if (!sent) {
        try {
          sent = readText().trim() === '';
        } catch {
          sent = false;
        }
      }
      if (sent) resolve(true);
      else if (Date.now() - started >= timeoutMs) resolve(false);
      else setTimeout(check, intervalMs);
    };
    setTimeout(check, 0);
  });
}
