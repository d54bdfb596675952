/**
 * Who spoke last on the page, for "have they replied since my last send?". Best effort from the
 * site's selectors; 'unknown' when the site has none or the page shows no messages.
 */
import type { SendSite } from './sites';

export interface PageConversation {
  last: 'me' | 'them' | 'unknown';
  /** The user's messages after their last reply, as shown on the page (when last is 'me'). */
  unansweredInRow?: number;
}

export function readConversation(doc: ParentNode, site: SendSite | undefined): PageConversation {
  if (site?.readConversation) return site.readConversation(doc) ?? { last: 'unknown' };
  if (!site?.incoming || !site.outgoing) return { last: 'unknown' };
  // querySelectorAll returns document order, so the tail is the latest.
  const messages = Array.from(doc.querySelectorAll(`${site.incoming}, ${site.outgoing}`));
  return fromSpeakers(messages.map((m) => (m.matches(site.incoming!) ? 'them' : 'me')));
}

/**
 * Who wrote each message, oldest first; the tail gives the answer. When every message shown is
 * the user's, they may have replied before what the page loaded, so the count is a floor.
 */
export function fromSpeakers(speakers: ReadonlyArray<'me' | 'them'>): PageConversation {
  if (speakers.length === 0) return { last: 'unknown' };
  let mine = 0;
  for (let i = speakers.length - 1; i >= 0 && speakers[i] === 'me'; i--) mine++;
  return mine === 0 ? { last: 'them' } : { last: 'me', unansweredInRow: mine };
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;

/**
 * A Gmail thread: each message ([data-message-id]) names its sender in an element with an
 * `email` attribute; the user's own address is in the tab title ("Inbox - me@… - Gmail").
 * Unknown when either is missing (a new compose, a layout Amends doesn't recognise).
 */
export function gmailConversation(doc: ParentNode): PageConversation | undefined {
  const own = EMAIL.exec((doc as Document).title ?? '')?.[0]?.toLowerCase();
  if (!own) return undefined;
  const speakers: Array<'me' | 'them'> = [];
  for (const message of doc.querySelectorAll('[data-message-id]')) {
    const sender = message.querySelector('.gD[email], .zF[email]')?.getAttribute('email')?.toLowerCase();
    if (sender) speakers.push(sender === own ? 'me' : 'them');
  }
  return speakers.length ? fromSpeakers(speakers) : undefined;
}
