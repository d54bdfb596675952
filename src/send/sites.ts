/**
 * How each supported site sends a message and shows the other person's messages: data, one
 * entry per site, checked in order (fixtures for the e2e build last). Selectors are best effort
 * (sites change their markup); when a site is unknown or a selector finds nothing, Amends still
 * notices sends by the editor clearing, but never holds a send there.
 */
import { gmailConversation, type PageConversation } from './replies';

/** Which keystroke sends from the message box. */
export type SendKey =
  /** Enter sends; Shift+Enter is a new line (chat apps). */
  | 'enter'
  /** Ctrl+Enter (Cmd+Enter on macOS) sends; plain Enter is a new line (mail). */
  | 'mod-enter';

export interface SendSite {
  id: string;
  /** Does this entry describe the page at `url`? */
  matches(url: URL): boolean;
  sendKeys: readonly SendKey[];
  /** The site's Send button; looked for near the editor first (see `composer`), then the page. */
  sendButton?: string;
  /** The element holding one draft with its Send button (e.g. a Gmail compose window). */
  composer?: string;
  /**
   * How "Send anyway" sends after a hold: clicking the site's Send button (the default when one
   * is known), or replaying the key for sites whose only send path is the key. Without either,
   * Amends does not hold sends on this site.
   */
  resend?: 'button' | 'key';
  /** The other person's messages and the user's own, in page order, for reply awareness. */
  incoming?: string;
  outgoing?: string;
  /** For pages where selectors alone can't tell who wrote what (mail threads). */
  readConversation?: (doc: ParentNode) => PageConversation | undefined;
}

const host = (pattern: RegExp) => (url: URL) => pattern.test(url.hostname);
const LOOPBACK = /^(127\.0\.0\.1|localhost)$/;
const fixture = (file: string) => (url: URL) => LOOPBACK.test(url.hostname) && url.pathname.endsWith(`/${file}`);

export const SEND_SITES: readonly SendSite[] = [
  {
    id: 'gmail',
    matches: host(/^mail\.google\.com$/),
    sendKeys: ['mod-enter'],
    sendButton: 'div[role="button"].T-I.aoO, div[role="button"][data-tooltip^="Send"], div[role="button"][aria-label^="Send"]',
    composer: '.M9, [role="dialog"], .AD, td.I5',
    resend: 'button',
    readConversation: gmailConversation,
  },
  {
    id: 'outlook',
    matches: host(/^outlook\.(live|office|office365)\.com$/),
    sendKeys: ['mod-enter'],
    sendButton: 'button[aria-label="Send"], button[title^="Send"]',
    composer: '[aria-label="Message body"], [role="main"] form, [role="dialog"]',
    resend: 'button',
  },
  {
    id: 'slack',
    matches: host(/^app\.slack\.com$/),
    sendKeys: ['enter'],
    sendButton: 'button[data-qa="texty_send_button"]',
    composer: '.p-message_input, [data-qa="message_input"]',
    resend: 'button',
  },
  {
    // No Send button: Enter is the only path, so "Send anyway" replays it.
    id: 'discord',
    matches: host(/^(ptb\.|canary\.)?discord\.com$/),
    sendKeys: ['enter'],
    resend: 'key',
  },
  {
    id: 'whatsapp',
    matches: host(/^web\.whatsapp\.com$/),
    sendKeys: ['enter'],
    sendButton: 'button[aria-label="Send"], button:has(span[data-icon="send"])',
    composer: 'footer',
    resend: 'button',
    incoming: '.message-in',
    outgoing: '.message-out',
  },
  {
    id: 'messenger',
    matches: (url) => /^(www\.)?messenger\.com$/.test(url.hostname) || (/^(www\.)?facebook\.com$/.test(url.hostname) && url.pathname.startsWith('/messages')),
    sendKeys: ['enter'],
    sendButton: '[aria-label="Press enter to send"], [aria-label="Send"][role="button"]',
    resend: 'button',
  },
  {
    id: 'teams',
    matches: host(/^teams\.(microsoft|live)\.com$/),
    sendKeys: ['enter'],
    sendButton: 'button[data-tid="newMessageCommands-send"], button[name="send"]',
    resend: 'button',
  },
  {
    // Enter-to-send is a per-user LinkedIn setting, so a key is only trusted once the box clears;
    // holds happen on the Send button only.
    id: 'linkedin',
    matches: host(/^(www\.)?linkedin\.com$/),
    sendKeys: [],
    sendButton: 'button.msg-form__send-button, button.msg-form__send-btn',
    composer: 'form.msg-form',
    resend: 'button',
    incoming: '.msg-s-event-listitem--other',
    outgoing: '.msg-s-event-listitem:not(.msg-s-event-listitem--other)',
  },
  {
    id: 'telegram',
    matches: host(/^web\.telegram\.org$/),
    sendKeys: ['enter'],
    sendButton: 'button.btn-send, button.send',
    resend: 'button',
    incoming: '.bubble.is-in, .Message:not(.own)',
    outgoing: '.bubble.is-out, .Message.own',
  },
  // Test fixtures, only reachable in the e2e build (the only build whose content script runs on loopback).
  {
    id: 'fixture-chat',
    matches: fixture('chat.html'),
    sendKeys: ['enter'],
    sendButton: '[data-chat-send]',
    composer: '[data-chat-composer]',
    resend: 'button',
    incoming: '.msg.them',
    outgoing: '.msg.me',
  },
  {
    id: 'fixture-gmail',
    matches: fixture('gmail.html'),
    sendKeys: ['mod-enter'],
    sendButton: 'div[role="button"][aria-label^="Send"]',
    composer: '[role="dialog"]',
    resend: 'button',
  },
];

/** The entry for the page at `url`, if Amends knows how it sends. */
export function sendSiteFor(url: URL): SendSite | undefined {
  return SEND_SITES.find((site) => site.matches(url));
}
