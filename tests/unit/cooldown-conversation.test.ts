import { describe, expect, it } from 'vitest';
import { conversationIdentity, conversationKey, hashKey } from '../../src/cooldown/conversation';

describe('conversationIdentity', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxyzABCdefGHIjk', 'gmail|FMfcgzQXJWxyzABCdefGHIjk'],
    ['https://mail.google.com/mail/u/0/#label/work/FMfcgzQXJWxyzABCdefGHIjk', 'gmail|FMfcgzQXJWxyzABCdefGHIjk'],
    ['https://mail.google.com/mail/u/0/#inbox?compose=new', 'mail.google.com|/mail/u/0/'],
    ['https://outlook.office.com/mail/0/inbox/id/AAQkADk%3D', 'outlook|AAQkADk='],
    ['https://app.slack.com/client/T0123/C0456/thread/C0456-1700', 'slack|T0123/C0456'],
    ['https://discord.com/channels/@me/112233', 'discord|@me/112233'],
    ['https://teams.microsoft.com/_#/conversations/19:abc@thread.v2?ctx=chat', 'teams|19:abc@thread.v2?ctx=chat'],
    ['https://www.messenger.com/e2ee/t/998877', 'messenger|998877'],
    ['https://www.facebook.com/messages/t/998877', 'messenger|998877'],
    ['https://www.linkedin.com/messaging/thread/2-abcDEF==/', 'linkedin|2-abcDEF=='],
    ['https://web.telegram.org/k/#@someone', 'telegram|@someone'],
    ['https://chat.example.org/rooms/42', 'chat.example.org|/rooms/42'],
  ])('%s → %s', (url, identity) => {
    expect(conversationIdentity(new URL(url))).toBe(identity);
  });
});

describe('conversationKey', () => {
  it('is a 16-hex SHA-256 prefix that names neither site nor person', async () => {
    const key = await conversationKey(new URL('https://discord.com/channels/@me/112233'));
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    // Known SHA-256 of "abc" starts ba7816bf8f01cfea.
    expect(await hashKey('abc')).toBe('ba7816bf8f01cfea');
  });
  it('differs between conversations and stays the same for one', async () => {
    const a = await conversationKey(new URL('https://discord.com/channels/@me/1'));
    const b = await conversationKey(new URL('https://discord.com/channels/@me/2'));
    const a2 = await conversationKey(new URL('https://discord.com/channels/@me/1?foo'));
    expect(a).not.toBe(b);
    expect(a2).toBe(a);
  });
});
