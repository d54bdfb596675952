/**
 * The mail and chat sites Amends runs on out of the box. Pure data: the content script's
 * `matches` and the options page both read it (no storage import, so the build can evaluate it).
 */
export interface BuiltInSite {
  id: string;
  name: string;
  /** Hosts the site toggle applies to (siteState is keyed by `location.hostname`). */
  hosts: readonly string[];
  /** Content-script match patterns. */
  matches: readonly string[];
}

export const BUILT_IN_SITES: readonly BuiltInSite[] = [
  { id: 'gmail', name: 'Gmail', hosts: ['mail.google.com'], matches: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    name: 'Outlook',
    hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'],
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  },
  { id: 'slack', name: 'Slack', hosts: ['app.slack.com'], matches: ['https://app.slack.com/*'] },
  { id: 'discord', name: 'Discord', hosts: ['discord.com'], matches: ['https://discord.com/*'] },
  { id: 'whatsapp', name: 'WhatsApp Web', hosts: ['web.whatsapp.com'], matches: ['https://web.whatsapp.com/*'] },
  {
    id: 'messenger',
    name: 'Messenger',
    hosts: ['www.messenger.com', 'www.facebook.com'],
    matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    hosts: ['teams.microsoft.com', 'teams.live.com'],
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
  },
  { id: 'linkedin', name: 'LinkedIn', hosts: ['www.linkedin.com'], matches: ['https://www.linkedin.com/*'] },
  { id: 'telegram', name: 'Telegram Web', hosts: ['web.telegram.org'], matches: ['https://web.telegram.org/*'] },
];

export const BUILT_IN_MATCHES: readonly string[] = BUILT_IN_SITES.flatMap((s) => s.matches);

/** "https://chat.example.org" from what a user types ("chat.example.org/path", "http://x.y:8080"). */
export function originFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    // A bare word ("hello") is not a site; require a dot or localhost.
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return `${url.protocol}//${url.hostname}`;
  } catch {
    return null;
  }
}

/** Match pattern for an added origin (ports are not part of match patterns). */
export function matchPatternFor(origin: string): string {
  return `${origin}/*`;
}

export function isBuiltInHost(host: string): boolean {
  return BUILT_IN_SITES.some((s) => s.hosts.includes(host));
}
