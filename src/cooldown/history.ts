/**
 * Send and reply times per conversation (hashed key → times, never text), in local extension
 * storage, pruned after 30 days. The cooldown engine reads it as `history`.
 */
import { defineSetting } from '../settings/define';

export const HISTORY_DAYS = 30;
const DAY = 24 * 60 * 60_000;
/** A conversation never needs more than this many times to judge a burst or a run of sends. */
const MAX_TIMES = 100;

export interface ConversationTimes {
  sends: number[];
  replies: number[];
}

export type HistoryStore = Record<string, ConversationTimes>;


const isTime = (t: unknown): t is number => typeof t === 'number' && Number.isFinite(t) && t > 0;

/** Keeps the last 30 days, drops empty conversations, future times and anything malformed. */
export function pruneHistory(store: unknown, now: number): HistoryStore {
  const cutoff = now - HISTORY_DAYS * DAY;
  const latest = now + DAY; // a little room for clock changes
  const result: HistoryStore = {};
  if (!store || typeof store !== 'object') return result;
  for (const [key, value] of Object.entries(store as Record<string, unknown>)) {
    const v = (value ?? {}) as Partial<Record<keyof ConversationTimes, unknown>>;
    const keep = (list: unknown) =>
      (Array.isArray(list) ? list : []).filter(isTime).filter((t) => t >= cutoff && t <= latest).sort((a, b) => a - b).slice(-MAX_TIMES);
    const times = { sends: keep(v.sends), replies: keep(v.replies) };
    if (times.sends.length || times.replies.length) result[key] = times;
  }
  return result;
}

export const conversationHistory = defineSetting<HistoryStore>({
  key: 'local:conversationHistory',
  version: 1,
  fallback: {},
  sanitize: (value) => pruneHistory(value, Date.now()),
});

// Writes from one context are chained so two quick sends can't overwrite each other.
let queue: Promise<unknown> = Promise.resolve();

function update(now: number, change: (store: HistoryStore) => void): Promise<void> {
  const next = queue.then(async () => {
    const store = pruneHistory(await conversationHistory.getValue(), now);
    change(store);
    await conversationHistory.setValue(store);
  });
  queue = next.catch(() => undefined);
  return next;
}

export function recordSend(key: string, at: number): Promise<void> {
  return update(at, (store) => {
    (store[key] ??= { sends: [], replies: [] }).sends.push(at);
  });
}

/** Notes that they replied (seen on the page) at `at`, once per reply seen. */
export function recordReply(key: string, at: number): Promise<void> {
  return update(at, (store) => {
    (store[key] ??= { sends: [], replies: [] }).replies.push(at);
  });
}

/** The conversation's times within the last 30 days. */
export async function historyFor(key: string, now: number): Promise<ConversationTimes> {
  const store = pruneHistory(await conversationHistory.getValue(), now);
  return store[key] ?? { sends: [], replies: [] };
}

export function clearHistory(): Promise<void> {
  return conversationHistory.removeValue();
}
