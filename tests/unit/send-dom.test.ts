// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickedSendButton, pressButton, sendButtonFor, waitForSent } from '../../src/send/dom';
import { readConversation } from '../../src/send/replies';
import { sendSiteFor } from '../../src/send/sites';

const chat = sendSiteFor(new URL('http://127.0.0.1/chat.html'))!;
const gmail = sendSiteFor(new URL('https://mail.google.com/mail/u/0/'))!;

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('readConversation', () => {
  const log = (...who: string[]) => {
    document.body.innerHTML = `<ol>${who.map((w) => `<li class="msg ${w}">…</li>`).join('')}</ol>`;
    return document;
  };

  it.each([
    [['them', 'me', 'them'], { last: 'them' }],
    [['them', 'me', 'me', 'me'], { last: 'me', unansweredInRow: 3 }],
    [['me', 'me'], { last: 'me', unansweredInRow: 2 }],
    [[], { last: 'unknown' }],
  ])('%j → %j', (who, expected) => {
    expect(readConversation(log(...who), chat)).toEqual(expected);
  });

  it('is unknown on sites without reply selectors', () => {
    expect(readConversation(log('them', 'me'), gmail)).toEqual({ last: 'unknown' });
    expect(readConversation(log('them', 'me'), undefined)).toEqual({ last: 'unknown' });
  });
});

describe('Send buttons', () => {
  it('finds the button in the field’s own compose window when there are several', () => {
    document.body.innerHTML = `
      <div role="dialog" id="a"><div contenteditable="true" id="fa"></div><div role="button" aria-label="Send (Ctrl-Enter)" id="sa"></div></div>
      <div role="dialog" id="b"><div contenteditable="true" id="fb"></div><div role="button" aria-label="Send (Ctrl-Enter)" id="sb"></div></div>`;
    expect(sendButtonFor(document.getElementById('fb')!, gmail)?.id).toBe('sb');
    expect(sendButtonFor(document.getElementById('fa')!, gmail)?.id).toBe('sa');
  });

  it('recognises a click on a known site’s Send button, through its icon', () => {
    document.body.innerHTML = '<form data-chat-composer><textarea></textarea><button data-chat-send><span id="icon">➤</span></button></form>';
    const icon = document.getElementById('icon')!;
    const path = [icon, icon.parentElement!, document.body];
    expect(clickedSendButton(path, chat)?.localName).toBe('button');
  });

  it('on unknown sites, takes only buttons that say "send" (the first button on the path decides)', () => {
    document.body.innerHTML = '<div><button id="send">Send</button><button id="bold" aria-label="Bold">B</button><div role="button" id="outer"><button id="inner">x</button></div></div>';
    const at = (id: string) => {
      const el = document.getElementById(id)!;
      const path: EventTarget[] = [];
      for (let n: Element | null = el; n; n = n.parentElement) path.push(n);
      return path;
    };
    expect(clickedSendButton(at('send'), undefined)?.id).toBe('send');
    expect(clickedSendButton(at('bold'), undefined)).toBeUndefined();
    expect(clickedSendButton(at('inner'), undefined)).toBeUndefined();
  });

  it('presses a button with the whole pointer sequence and one click', () => {
    document.body.innerHTML = '<button id="b">Send</button>';
    const button = document.getElementById('b')!;
    const seen: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) button.addEventListener(type, () => seen.push(type));
    pressButton(button);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
  });
});

describe('waitForSent', () => {
  it('confirms a send when the field empties, and not when it keeps its text', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<textarea id="t">Hello</textarea>';
    const field = document.getElementById('t') as HTMLTextAreaElement;
    const sent = waitForSent(field, () => field.value, 1000, 50);
    field.value = '';
    await vi.advanceTimersByTimeAsync(10);
    await expect(sent).resolves.toBe(true);

    field.value = 'Line one\n';
    const kept = waitForSent(field, () => field.value, 1000, 50);
    await vi.advanceTimersByTimeAsync(1100);
    await expect(kept).resolves.toBe(false);
  });

  it('confirms a send when the compose window closes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="c"><div contenteditable="true" id="f">Hi</div></div>';
    const field = document.getElementById('f')!;
    const sent = waitForSent(field, () => field.textContent ?? '', 1000, 50);
    document.getElementById('c')!.remove();
    await vi.advanceTimersByTimeAsync(60);
    await expect(sent).resolves.toBe(true);
  });
});

describe('Gmail thread replies', () => {
  const thread = (title: string, ...senders: string[]) => {
    document.title = title;
    document.body.innerHTML = senders
      .map((s, i) => `<div data-message-id="m${i}"><h3><span class="${i % 2 ? 'gD' : 'zF'}" email="${s}" name="x">x</span></h3><p>…</p></div>`)
      .join('');
    return document;
  };

  it('reads who wrote last from the senders and the account in the title', () => {
    expect(readConversation(thread('Re: Friday - me@example.com - Gmail', 'sam@example.com', 'Me@Example.com'), gmail)).toEqual({ last: 'me', unansweredInRow: 1 });
    expect(readConversation(thread('Re: Friday - me@example.com - Gmail', 'me@example.com', 'sam@example.com'), gmail)).toEqual({ last: 'them' });
    expect(readConversation(thread('Re: Friday - me@example.com - Gmail', 'sam@example.com', 'me@example.com', 'me@example.com'), gmail)).toEqual({ last: 'me', unansweredInRow: 2 });
  });

  it('is unknown without an account in the title or without messages', () => {
    expect(readConversation(thread('Gmail', 'sam@example.com'), gmail)).toEqual({ last: 'unknown' });
    expect(readConversation(thread('Inbox - me@example.com - Gmail'), gmail)).toEqual({ last: 'unknown' });
  });
});

describe('pressKey', () => {
  it('replays the send key with the legacy codes old handlers test', async () => {
    const { pressKey } = await import('../../src/send/dom');
    document.body.innerHTML = '<div contenteditable="true" id="f">Hi</div>';
    const field = document.getElementById('f')!;
    const seen: Array<[string, string, number, boolean]> = [];
    for (const type of ['keydown', 'keypress', 'keyup']) field.addEventListener(type, (e) => {
      const k = e as KeyboardEvent;
      seen.push([k.type, k.key, k.keyCode, k.ctrlKey || k.metaKey]);
    });
    pressKey(field, 'enter');
    expect(seen).toEqual([['keydown', 'Enter', 13, false], ['keypress', 'Enter', 13, false], ['keyup', 'Enter', 13, false]]);
    expect(field.textContent).toBe('Hi');
  });
});
