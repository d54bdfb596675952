/**
 * Drafts the user chose to hold ("Hold" / "Remind me later"): the only message text Amends ever
 * stores, on this device, until the user copies or discards it. Each carries its conversation
 * key (a hash, never who) and when to remind; the background keeps alarms in step with this list.
 */
import { defineSetting } from '../settings/define';
import { asRecord } from '../settings/sanitize';

export interface HeldDraft {
  id: string;
  /** Hashed conversation key (see ./conversation.ts). */
  conversation: string;
  /** The site's host, so the drafts page can say where it was written. */
  site: string;
  text: string;
  heldAt: number;
  /** When the reminder is due (ms since epoch). */
  remindAt: number;
  /** True once the reminder was shown. */
  reminded: boolean;
}

export const MAX_HELD_DRAFTS = 50;
export const MAX_DRAFT_CHARS = 200_000;

const ID = /^[a-z0-9-]{1,40}$/;
const HOST = /^[a-z0-9.:-]{1,260}$/i;
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

function sanitizeDraft(value: unknown): HeldDraft | undefined {
  const d = asRecord(value);
  if (typeof d.id !== 'string' || !ID.test(d.id)) return undefined;
  if (typeof d.conversation !== 'string' || typeof d.text !== 'string' || d.text.length === 0) return undefined;
  if (!time(d.heldAt) || !time(d.remindAt)) return undefined;
  return {
    id: d.id,
    conversation: d.conversation.slice(0, 64),
    site: typeof d.site === 'string' && HOST.test(d.site) ? d.site : '',
    text: d.text.slice(0, MAX_DRAFT_CHARS),
    heldAt: d.heldAt,
    remindAt: d.remindAt,
    reminded: d.reminded === true,
  };
}

/** Valid drafts only, unique ids, newest MAX_HELD_DRAFTS kept (oldest first). */
export function sanitizeHeldDrafts(value: unknown): HeldDraft[] {
  if (!Array.isArray(value)) return [];
  const byId = new Map<string, HeldDraft>();
  for (const item of value) {
    const draft = sanitizeDraft(item);
    if (draft) byId.set(draft.id, draft);
  }
  return [...byId.values()].sort((a, b) => a.heldAt - b.heldAt).slice(-MAX_HELD_DRAFTS);
}

export const heldDrafts = defineSetting<HeldDraft[]>({
  key: 'local:heldDrafts',
  version: 1,
  fallback: [],
  sanitize: sanitizeHeldDrafts,
});

function newId(now: number): string {
  // crypto.randomUUID needs a secure context; uniqueness within one device is all we need.
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface HoldRequest {
  conversation: string;
  site: string;
  text: string;
  remindAt: number;
}

/**
 * Holds a draft. Holding the same text for the same conversation again moves its reminder
 * instead of keeping two copies.
 */
export async function holdDraft(request: HoldRequest, now = Date.now()): Promise<HeldDraft> {
  let held: HeldDraft | undefined;
  await heldDrafts.update((drafts) => {
    const same = drafts.find((d) => d.conversation === request.conversation && d.text === request.text);
    held = same
      ? { ...same, remindAt: request.remindAt, reminded: false }
      : { id: newId(now), ...request, text: request.text.slice(0, MAX_DRAFT_CHARS), heldAt: now, reminded: false };
    return [...drafts.filter((d) => d.id !== held!.id), held];
  });
  return held!;
}

export async function discardDraft(id: string): Promise<void> {
  await heldDrafts.update((drafts) => drafts.filter((d) => d.id !== id));
}

export function discardAllDrafts(): Promise<void> {
  return heldDrafts.removeValue();
}

export async function markReminded(id: string): Promise<void> {
  await heldDrafts.update((drafts) => drafts.map((d) => (d.id === id ? { ...d, reminded: true } : d)));
}

/** Drafts whose reminder is due and not yet shown. */
export function dueDrafts(drafts: readonly HeldDraft[], now: number): HeldDraft[] {
  return drafts.filter((d) => !d.reminded && d.remindAt <= now);
}
