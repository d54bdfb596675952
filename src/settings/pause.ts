/** Pausing Amends on a site: pure changes to SiteState, shared by the popup and the card. */
import type { SiteState } from './items';

export const HOUR = 60 * 60_000;

/**
 * "Until tomorrow" means tomorrow at `morningHour`, local time. Just after midnight people still
 * mean the coming morning, so before 4:00 it is today's morning.
 */
export function tomorrowMorning(now: number, morningHour: number): number {
  const d = new Date(now);
  const target = new Date(d.getFullYear(), d.getMonth(), d.getDate() + (d.getHours() < 4 ? 0 : 1), morningHour);
  return target.getTime() > now ? target.getTime() : now + HOUR;
}

export function pausedSite(state: SiteState, host: string, until: number): SiteState {
  return { ...state, pausedUntil: { ...state.pausedUntil, [host]: until } };
}

export function resumedSite(state: SiteState, host: string): SiteState {
  const { [host]: _removed, ...pausedUntil } = state.pausedUntil;
  const { [host]: _off, ...disabled } = state.disabled;
  return { disabled, pausedUntil };
}

export function switchedSite(state: SiteState, hosts: readonly string[], on: boolean): SiteState {
  const disabled = { ...state.disabled };
  const pausedUntil = { ...state.pausedUntil };
  for (const host of hosts) {
    if (on) {
      delete disabled[host];
      delete pausedUntil[host];
    } else disabled[host] = true;
  }
  return { disabled, pausedUntil };
}

/** Drops pauses that have ended, so storage doesn't grow with every site ever paused. */
export function withoutEndedPauses(state: SiteState, now: number): SiteState {
  return { ...state, pausedUntil: Object.fromEntries(Object.entries(state.pausedUntil).filter(([, until]) => until > now)) };
}
