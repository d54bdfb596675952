/**
 * Which conversation a draft belongs to, without storing who it is with: the site and the
 * conversation id (from the URL, or the page where the URL has none) hashed with SHA-256.
 * Per-site id extraction is data: one entry per site, best effort, with host + path as fallback.
 */

export interface ConversationSite {
  id: string;
  hosts: RegExp;
  /** The conversation id, or undefined to fall back to host + path. */
  conversationId(url: URL, doc?: Document): string | undefined;
}

const segmentAfter = (path: string, marker: string, count = 1): string | undefined => {
  const parts = path.split('/').filter(Boolean);
  const i = parts.indexOf(marker);
  if (i < 0 || parts.length < i + 1 + count) return undefined;
  return parts.slice(i + 1, i + 1 + count).join('/');
};

const textOf = (doc: Document | undefined, selectors: string): string | undefined =>
  doc?.querySelector(selectors)?.textContent?.trim() || undefined;

export const CONVERSATION_SITES: readonly ConversationSite[] = [
  {
    // #inbox/FMfcgzQXJWxyz, #label/work/FMfcg…, #search/foo/FMfcg…: the thread id is the last segment
    id: 'gmail',
    hosts: /^mail\.google\.com$/,
    conversationId: (url) => {
      const last = url.hash.replace(/\?.*$/, '').split('/').pop() ?? '';
      return /^[A-Za-z0-9]{16,}$/.test(last) ? last : undefined;
    },
  },
  {
    // /mail/inbox/id/AAQk…, /mail/0/inbox/id/AAQk…
    id: 'outlook',
    hosts: /^outlook\.(live|office|office365)\.com$/,
    conversationId: (url) => segmentAfter(decodeURIComponent(url.pathname), 'id'),
  },
  {
    // /client/T0123/C0456 (workspace/channel)
    id: 'slack',
    hosts: /^app\.slack\.com$/,
    conversationId: (url) => segmentAfter(url.pathname, 'client', 2),
  },
  {
    // /channels/@me/123 or /channels/<guild>/<channel>
    id: 'discord',
    hosts: /^(ptb\.|canary\.)?discord\.com$/,
    conversationId: (url) => segmentAfter(url.pathname, 'channels', 2),
  },
  {
    // classic: #/conversations/19:…@thread.v2; new Teams keeps the id out of the URL, so the chat header
    id: 'teams',
    hosts: /^teams\.(microsoft|live)\.com$/,
    conversationId: (url, doc) =>
      segmentAfter(decodeURIComponent(url.hash), 'conversations') ??
      segmentAfter(decodeURIComponent(url.pathname), 'chat') ??
      textOf(doc, '[data-tid="chat-title"], [data-tid="chat-header-title"]'),
  },
  {
    // the URL never changes: the open chat's header title
    id: 'whatsapp',
    hosts: /^web\.whatsapp\.com$/,
    conversationId: (_url, doc) => textOf(doc, '#main header [data-testid="conversation-info-header-chat-title"], #main header span[title]'),
  },
  {
    // messenger.com/t/123, /e2ee/t/123, facebook.com/messages/t/123
    id: 'messenger',
    hosts: /^(www\.)?(messenger|facebook)\.com$/,
    conversationId: (url) => segmentAfter(url.pathname, 't'),
  },
  {
    // /messaging/thread/2-abc…/
    id: 'linkedin',
    hosts: /^(www\.)?linkedin\.com$/,
    conversationId: (url) => segmentAfter(url.pathname, 'thread'),
  },
  {
    // /k/#@username, /a/#-100123, /k/#123456
    id: 'telegram',
    hosts: /^web\.telegram\.org$/,
    conversationId: (url) => url.hash.replace(/^#/, '') || undefined,
  },
];

/** The plain identity of a conversation ("site|id"); never stored, only hashed. */
export function conversationIdentity(url: URL, doc?: Document): string {
  const site = CONVERSATION_SITES.find((s) => s.hosts.test(url.hostname));
  const id = site?.conversationId(url, doc);
  return id ? `${site!.id}|${id}` : `${url.hostname}|${url.pathname}`;
}

const KEY_LENGTH = 16;

/** SHA-256 hex of the text, truncated: enough to tell conversations apart, useless to read back. */
export async function hashKey(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return fallbackHash(text);
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('').slice(0, KEY_LENGTH);
}

/**
 * crypto.subtle exists only in secure contexts; on a plain-http page a content script has none,
 * so use a 64-bit non-cryptographic hash (cyrb53-style pair) rather than not keying at all.
 */
function fallbackHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')).slice(0, KEY_LENGTH);
}

/** The stored key for the conversation open at `url`. */
export function conversationKey(url: URL, doc?: Document): Promise<string> {
  return hashKey(conversationIdentity(url, doc));
}
