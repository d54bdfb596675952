/**
 * Which fields Amends reads at all. Only places where someone writes a message: not
 * passwords, searches, addresses or codes, not read-only fields, and never where the page has
 * opted out of writing assistants (`data-gramm="false"`, `data-enable-grammarly="false"`).
 */
import { editingHost } from './contenteditable';
import { isTextField } from './textarea';

const OPT_OUT_SELECTOR = '[data-gramm="false"], [data-enable-grammarly="false"], [data-gramm_editor="false"]';

/** Autocomplete tokens of fields that hold data rather than a message. */
const DATA_AUTOCOMPLETE = /\b(username|email|tel|url|name|given-name|family-name|nickname|organization|street-address|address-line\d|postal-code|country|cc-\w+|one-time-code|current-password|new-password|bday\S*|sex|language|impp|photo)\b/;

/** Names and labels that mark an input as something other than a message. */
const DATA_FIELD_NAME =
  /search|query|e-?mail|user.?name|login|passw|phone|zip|postal|captcha|coupon|promo|address|first.?name|last.?name|full.?name|amount|price|quantity|\b(q|otp|url|title|subject|city|country|date)\b/i;

/**
 * Editable helpers that are not where anyone writes: hidden from assistive technology or inert,
 * and Quill 1's off-screen paste catcher.
 */
const HELPER_SELECTOR = '[aria-hidden="true"], [inert], .ql-clipboard';

const NON_MESSAGE_ROLES = new Set(['searchbox', 'combobox', 'spinbutton', 'slider']);
const NON_MESSAGE_INPUTMODES = new Set(['numeric', 'decimal', 'tel', 'email', 'url', 'search']);

/** True when `element` (or the editor it sits in) is a message field Amends may check. */
export function isCheckableField(element: Element): boolean {
  if (element.closest(HELPER_SELECTOR)) return false;
  if (isTextField(element)) return isMessageTextField(element) && !optedOut(element);
  const html = element as HTMLElement;
  if (!html.isContentEditable) return false;
  const host = editingHost(html);
  if (host.getAttribute('aria-readonly') === 'true' || host.getAttribute('aria-disabled') === 'true') return false;
  if (NON_MESSAGE_ROLES.has(host.getAttribute('role') ?? '')) return false;
  // Chat apps build their search boxes from contenteditable too (WhatsApp, Telegram).
  if (/search/i.test(`${host.getAttribute('aria-label') ?? ''} ${host.getAttribute('title') ?? ''}`)) return false;
  return !optedOut(host);
}

function isMessageTextField(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (field.readOnly || field.disabled || field.hidden) return false;
  if (NON_MESSAGE_ROLES.has(field.getAttribute('role') ?? '')) return false;
  if (NON_MESSAGE_INPUTMODES.has(field.inputMode)) return false;
  const autocomplete = field.getAttribute('autocomplete')?.toLowerCase() ?? '';
  if (DATA_AUTOCOMPLETE.test(autocomplete)) return false;
  if (field.localName === 'textarea') return true;

  // A single-line input counts only when nothing says it holds data.
  const input = field as HTMLInputElement;
  if (input.list) return false;
  if (input.maxLength > 0 && input.maxLength < 40) return false;
  const labels = [input.name, input.id, input.getAttribute('aria-label'), input.placeholder].filter(Boolean).join(' ');
  return !DATA_FIELD_NAME.test(labels);
}

/** Opt-out markers apply to a subtree, also across open shadow-root boundaries. */
function optedOut(element: Element): boolean {
  for (let current: Element | null = element; current; ) {
    if (current.closest(OPT_OUT_SELECTOR)) return true;
    // `host` rather than instanceof: the element may come from another frame's realm.
    current = (current.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}
