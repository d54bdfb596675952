import { describe, expect, it } from 'vitest';
import { isSendKey, matchesSendKey, mightSend, type KeyLike } from '../../src/send/keys';
import { SEND_SITES, sendSiteFor } from '../../src/send/sites';

const key = (over: Partial<KeyLike> = {}): KeyLike => ({ key: 'Enter', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...over });

describe('send keys', () => {
  it.each([
    ['Enter', key(), 'enter', true],
    ['Shift+Enter (new line)', key({ shiftKey: true }), 'enter', false],
    ['Ctrl+Enter in a chat', key({ ctrlKey: true }), 'enter', false],
    ['Enter while an IME composes', key({ isComposing: true }), 'enter', false],
    ['Enter with legacy IME keyCode 229', key({ keyCode: 229 }), 'enter', false],
    ['a letter', key({ key: 'a' }), 'enter', false],
    ['Ctrl+Enter in mail', key({ ctrlKey: true }), 'mod-enter', true],
    ['Cmd+Enter in mail', key({ metaKey: true }), 'mod-enter', true],
    ['plain Enter in mail (new line)', key(), 'mod-enter', false],
    ['Ctrl+Shift+Enter', key({ ctrlKey: true, shiftKey: true }), 'mod-enter', false],
    ['Alt+Enter', key({ altKey: true }), 'enter', false],
  ] as const)('%s → %s sends: %s', (_, event, rule, expected) => {
    expect(matchesSendKey(event, rule)).toBe(expected);
  });

  it('finds the matching rule among a site’s keys', () => {
    expect(isSendKey(key({ metaKey: true }), ['enter', 'mod-enter'])).toBe('mod-enter');
    expect(isSendKey(key(), [])).toBeUndefined();
  });

  it('watches any possibly-sending Enter on unknown sites, never Shift+Enter', () => {
    expect(mightSend(key())).toBe(true);
    expect(mightSend(key({ ctrlKey: true }))).toBe(true);
    expect(mightSend(key({ shiftKey: true }))).toBe(false);
  });
});

describe('send sites', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://app.slack.com/client/T1/C2', 'slack'],
    ['https://discord.com/channels/@me/1', 'discord'],
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://www.messenger.com/t/1', 'messenger'],
    ['https://www.facebook.com/messages/t/1', 'messenger'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://www.linkedin.com/messaging/thread/1/', 'linkedin'],
    ['https://web.telegram.org/k/#@x', 'telegram'],
    ['http://127.0.0.1:4173/chat.html', 'fixture-chat'],
  ])('%s → %s', (url, id) => {
    expect(sendSiteFor(new URL(url))?.id).toBe(id);
  });

  it('knows nothing about other pages (so never holds there)', () => {
    expect(sendSiteFor(new URL('https://www.facebook.com/'))).toBeUndefined();
    expect(sendSiteFor(new URL('https://example.com/chat.html'))).toBeUndefined();
  });

  it('gives every site a way to resend that it can actually use', () => {
    for (const site of SEND_SITES) {
      if (site.resend === 'button') expect(site.sendButton, site.id).toBeTruthy();
      if (site.resend === 'key') expect(site.sendKeys.length, site.id).toBeGreaterThan(0);
      if (site.incoming || site.outgoing) expect(site.incoming && site.outgoing, site.id).toBeTruthy();
    }
  });
});
