/**
 * What every matched page evaluates: one focus listener, no extension API and no other code.
 * Setting up extension API bindings and the rest of Amends costs milliseconds per page, so that
 * happens only when a text field gets focus: the loader asks the background to inject
 * content-main.js into this frame. docs/architecture.md and docs/benchmarks.md have the figures.
 */
import type { Envelope } from '../messaging';

/** A cheap first sieve; `isCheckableField` decides properly once Amends is loaded. */
export function mayBeTextField(element: Element | null): element is HTMLElement {
  if (!element) return false;
  const name = element.localName;
  if (name === 'textarea' || name === 'input') return true;
  return (element as HTMLElement).isContentEditable === true || element.getAttribute('role') === 'textbox';
}

/**
 * The focused element, through open shadow roots. `:focus` instead of `activeElement`, which
 * would hand back <body> on most pages and cost a wrapper for it in this script's world.
 */
function focusedElement(): Element | null {
  let focused = document.querySelector(':focus');
  while (focused?.shadowRoot) {
    const inner = focused.shadowRoot.querySelector(':focus');
    if (!inner) break;
    focused = inner;
  }
  return focused;
}

type RuntimeGlobals = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
type Runtime = { sendMessage(message: unknown): Promise<unknown> };

export function boot(): void {
  let requested = false;
  const load = () => {
    if (requested) return;
    requested = true;
    document.removeEventListener('focusin', onFocusIn, true);
    const globals = globalThis as RuntimeGlobals;
    const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
    const message: Envelope<'activate'> = { type: 'activate', data: {} };
    runtime?.sendMessage(message).catch((error: unknown) => console.warn('[Amends] could not start:', error));
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof Element && mayBeTextField(target)) load();
  };
  document.addEventListener('focusin', onFocusIn, { capture: true, passive: true });
  if (mayBeTextField(focusedElement())) load();
}
