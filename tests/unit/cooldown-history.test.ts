import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { conversationHistory, historyFor, pruneHistory, recordReply, recordSend } from '../../src/cooldown/history';

const DAY = 24 * 60 * 60_000;

describe('send history store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 15, 14));
  });

  it('records send and reply times per conversation, never anything else', async () => {
    await recordSend('k1', Date.now() - 60_000);
    await recordSend('k1', Date.now());
    await recordReply('k2', Date.now());
    expect(await historyFor('k1', Date.now())).toEqual({ sends: [Date.now() - 60_000, Date.now()], replies: [] });
    expect(await historyFor('k2', Date.now())).toEqual({ sends: [], replies: [Date.now()] });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(raw)).toMatch(/^\{"conversationHistory":\{"k1":\{"sends":\[\d+,\d+\],"replies":\[\]\},"k2":/);
  });

  it('keeps two quick sends from the same tab (no lost write)', async () => {
    await Promise.all([recordSend('k', Date.now()), recordSend('k', Date.now() + 1)]);
    expect((await historyFor('k', Date.now() + 1)).sends).toHaveLength(2);
  });

  it('forgets everything older than 30 days on the next write and read', async () => {
    await recordSend('old', Date.now());
    await recordSend('recent', Date.now());
    vi.advanceTimersByTime(20 * DAY);
    await recordSend('recent', Date.now());
    vi.advanceTimersByTime(11 * DAY);
    expect(await historyFor('old', Date.now())).toEqual({ sends: [], replies: [] });
    expect((await historyFor('recent', Date.now())).sends).toHaveLength(1);
    await recordSend('other', Date.now());
    expect(Object.keys(await conversationHistory.getValue()).sort()).toEqual(['other', 'recent']);
  });

  it('survives a corrupt stored value', async () => {
    await fakeBrowser.storage.local.set({ conversationHistory: { k: { sends: ['x', -1, null, 5e12], replies: 'no' }, j: 3 } });
    await recordSend('k', Date.now());
    expect(await historyFor('k', Date.now())).toEqual({ sends: [Date.now()], replies: [] });
    expect(pruneHistory('garbage', Date.now())).toEqual({});
  });

  it('caps a conversation at the last 100 times', () => {
    const now = Date.now();
    const pruned = pruneHistory({ k: { sends: Array.from({ length: 150 }, (_, i) => now - i * 1000), replies: [] } }, now);
    expect(pruned.k.sends).toHaveLength(100);
    expect(pruned.k.sends.at(-1)).toBe(now);
  });
});
