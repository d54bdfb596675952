/**
 * "Remind me later": keeps one alarm per held draft in step with the stored list, shows a
 * notification when a draft's cooldown ends, and opens the drafts page when it is clicked.
 * Alarms are rebuilt from storage at start-up, so reminders survive a browser restart; one that
 * fell due while the browser was closed is shown at the next start.
 */
import { browser } from 'wxt/browser';
import { dueDrafts, heldDrafts, markReminded, type HeldDraft } from '../cooldown/drafts';
import { cooldownString } from '../cooldown/messages';

export const ALARM_PREFIX = 'amends-draft:';
export const DRAFTS_PAGE = '/drafts.html';

// Chrome requires an icon for a basic notification; until the extension ships icons, a 1×1 PNG.
const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function iconUrl(): string {
  let icons: Record<string, string> | undefined;
  try {
    icons = browser.runtime.getManifest().icons as Record<string, string> | undefined;
  } catch {
    icons = undefined; // the fake browser in unit tests has no manifest
  }
  const largest = icons && Object.keys(icons).sort((a, b) => Number(b) - Number(a))[0];
  const path = largest && icons?.[largest];
  return path ? browser.runtime.getURL(`/${path.replace(/^\//, '')}` as '/drafts.html') : FALLBACK_ICON;
}

async function remind(draft: HeldDraft): Promise<void> {
  await browser.notifications.create(ALARM_PREFIX + draft.id, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: cooldownString('reminder_title'),
    message: draft.site ? cooldownString('reminder_bodyOnSite', [draft.site]) : cooldownString('reminder_body'),
  });
  await markReminded(draft.id);
}

/** Makes the alarms match the drafts: one per pending draft, none for gone or reminded ones. */
export async function syncReminders(now = Date.now()): Promise<void> {
  const drafts = await heldDrafts.getValue();
  const pending = new Map(drafts.filter((d) => !d.reminded).map((d) => [ALARM_PREFIX + d.id, d]));
  for (const alarm of await browser.alarms.getAll()) {
    if (!alarm.name.startsWith(ALARM_PREFIX)) continue;
    const draft = pending.get(alarm.name);
    if (!draft || draft.remindAt !== alarm.scheduledTime) await browser.alarms.clear(alarm.name);
    else pending.delete(alarm.name); // already scheduled right
  }
  for (const draft of dueDrafts(drafts, now)) {
    pending.delete(ALARM_PREFIX + draft.id);
    await remind(draft);
  }
  for (const [name, draft] of pending) await browser.alarms.create(name, { when: draft.remindAt });
}

async function onAlarm(alarm: { name: string }): Promise<void> {
  if (!alarm.name.startsWith(ALARM_PREFIX)) return;
  const id = alarm.name.slice(ALARM_PREFIX.length);
  const draft = (await heldDrafts.getValue()).find((d) => d.id === id);
  if (draft && !draft.reminded) await remind(draft);
}

async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(ALARM_PREFIX)) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL(`${DRAFTS_PAGE}#${notificationId.slice(ALARM_PREFIX.length)}` as '/drafts.html') });
}

const logged = (work: () => Promise<void>) => () => {
  work().catch((error: unknown) => console.warn('[Amends] reminders:', error));
};

/** Registers the listeners (synchronously, so the events that wake the worker reach them). */
export function registerReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => logged(() => onAlarm(alarm))());
  browser.notifications.onClicked.addListener((id) => logged(() => onNotificationClicked(id))());
  browser.runtime.onStartup.addListener(logged(() => syncReminders()));
  browser.runtime.onInstalled.addListener(logged(() => syncReminders()));
  heldDrafts.watch(logged(() => syncReminders()));
}
