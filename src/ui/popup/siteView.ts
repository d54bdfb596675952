/** What the popup says about the current tab's site. Pure, so it is unit-tested. */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteState } from '../../settings/items';
import type { SiteView } from './SiteControls';

/** `patterns`: the manifest's content-script matches plus the sites the user added. */
export function siteViewFor(url: string | undefined, patterns: readonly string[], state: SiteState, now: number): SiteView {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return { kind: 'unsupported' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'unsupported' };
  const host = parsed.hostname;
  const watched = patterns.some((p) => {
    try {
      return new MatchPattern(p).includes(parsed.href);
    } catch {
      return false;
    }
  });
  if (!watched) return { kind: 'unwatched', host };
  const until = state.pausedUntil[host];
  return { kind: 'watched', host, on: !state.disabled[host], pausedUntil: until && until > now ? until : null };
}
