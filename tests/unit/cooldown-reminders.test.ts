import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM_PREFIX, registerReminders, syncReminders } from '../../src/background/reminders';
import { discardDraft, heldDrafts, holdDraft, sanitizeHeldDrafts } from '../../src/cooldown/drafts';

const HOUR = 60 * 60_000;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('held drafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the exact text with its conversation key, and moves the reminder on a second hold', async () => {
    const text = 'I was wrong.\n\nI’m sorry — truly.  ';
    const first = await holdDraft({ conversation: 'abc123', site: 'mail.google.com', text, remindAt: 5_000 }, 1_000);
    const again = await holdDraft({ conversation: 'abc123', site: 'mail.google.com', text, remindAt: 9_000 }, 2_000);
    const drafts = await heldDrafts.getValue();
    expect(drafts).toHaveLength(1);
    expect(again.id).toBe(first.id);
    expect(drafts[0]).toMatchObject({ text, conversation: 'abc123', remindAt: 9_000, reminded: false });
  });

  it('drops malformed entries from storage instead of failing', () => {
    const good = { id: 'a-1', conversation: 'k', site: 'x.com', text: 'hi', heldAt: 1, remindAt: 2, reminded: false };
    expect(sanitizeHeldDrafts([good, { id: 'BAD ID' }, null, { ...good, id: 'b-2', text: '' }, 'x'])).toEqual([good]);
    expect(sanitizeHeldDrafts({ not: 'a list' })).toEqual([]);
  });
});

describe('reminders', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('schedules one alarm per pending draft and clears it when the draft is discarded', async () => {
    const now = Date.now();
    const draft = await holdDraft({ conversation: 'k', site: 'x.com', text: 'Sorry.', remindAt: now + HOUR }, now);
    await syncReminders(now);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([[ALARM_PREFIX + draft.id, now + HOUR]]);
    await discardDraft(draft.id);
    await syncReminders(now);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('notifies when the alarm fires, once, and marks the draft reminded', async () => {
    registerReminders();
    const now = Date.now();
    const draft = await holdDraft({ conversation: 'k', site: 'x.com', text: 'Sorry.', remindAt: now + HOUR }, now);
    await flush();
    await fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_PREFIX + draft.id, scheduledTime: now + HOUR });
    await flush();
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([ALARM_PREFIX + draft.id]);
    expect((await heldDrafts.getValue())[0].reminded).toBe(true);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('after a restart, rebuilds future alarms and shows reminders that fell due while closed', async () => {
    const now = Date.now();
    await heldDrafts.setValue([
      { id: 'due-1', conversation: 'k', site: 'x.com', text: 'A', heldAt: now - 2 * HOUR, remindAt: now - HOUR, reminded: false },
      { id: 'later-1', conversation: 'j', site: 'y.com', text: 'B', heldAt: now - HOUR, remindAt: now + HOUR, reminded: false },
      { id: 'done-1', conversation: 'i', site: 'z.com', text: 'C', heldAt: now - 3 * HOUR, remindAt: now - 2 * HOUR, reminded: true },
    ]);
    registerReminders();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([ALARM_PREFIX + 'due-1']);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([ALARM_PREFIX + 'later-1']);
  });

  it('opens the drafts page at the draft when the notification is clicked', async () => {
    registerReminders();
    await fakeBrowser.notifications.onClicked.trigger(ALARM_PREFIX + 'abc-1');
    await flush();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/drafts.html#abc-1'));
  });

  it('ignores alarms and notifications that are not its own', async () => {
    registerReminders();
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'other', scheduledTime: 1 });
    await flush();
    expect((await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('drafts'))).toEqual([]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
