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
  if (!site?.incoming || !site.outgoing) return { last: 'unknown' };
  const messages = Array.from(doc.querySelectorAll(`${site.incoming}, ${site.outgoing}`));
  if (messages.length === 0) return { last: 'unknown' };
  // querySelectorAll returns document order, so the tail is the latest.
  let mine = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].matches(site.incoming)) break;
    mine++;
  }
  if (mine === 0) return { last: 'them' };
  // All messages mine: they may have replied before what the page loaded, so the count is a floor.
  return { last: 'me', unansweredInRow: mine };
}
