// @vitest-environment happy-dom
// The hold prompt and the drafts page render what they are given and call back; no browser APIs.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftsPage } from '../../entrypoints/drafts/DraftsPage';
import type { HeldDraft } from '../../src/cooldown/drafts';
import { formatRemaining } from '../../src/ui/hold/countdown';
import { HoldPrompt } from '../../src/ui/hold/HoldPrompt';
import type { HoldModel } from '../../src/ui/hold/types';

const container = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('formatRemaining', () => {
  it.each([
    [20 * 60_000, '20:00'],
    [61_000, '1:01'],
    [500, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [2 * 3600_000 + 5 * 60_000, '2 h 05 min'],
  ])('%d ms → %s', (ms, text) => expect(formatRemaining(ms)).toBe(text));
});

describe('HoldPrompt', () => {
  const model: HoldModel = {
    theme: 'auto',
    category: 'blame',
    reasons: ['Step 2 · Keep the blame with you'],
    cooldownText: 'Wait 20 minutes and reread it before sending.',
    cooldownReason: 'Written in the heat of the moment.',
    until: 1_000_000 + 20 * 60_000,
    anchor: { left: 10, top: 300, width: 400, height: 60 },
  };

  it('shows the cooldown, a ticking countdown and the three choices', async () => {
    vi.useFakeTimers();
    let now = 1_000_000;
    const root = container();
    const callbacks = { onSendAnyway: vi.fn(), onHold: vi.fn(), onKeepEditing: vi.fn() };
    act(() => render(h(HoldPrompt, { model, callbacks, now: () => now }), root));
    const dialog = root.querySelector('[data-amends-hold]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('data-category')).toBe('blame');
    expect(root.querySelector('[data-amends-cooldown]')!.textContent).toBe(model.cooldownText);
    expect(root.querySelector('[data-amends-countdown]')!.textContent).toBe('Suggested wait: 20:00 left');
    now += 61_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(root.querySelector('[data-amends-countdown]')!.textContent).toBe('Suggested wait: 18:59 left');

    (root.querySelector('[data-action="hold"]') as HTMLButtonElement).click();
    (root.querySelector('[data-action="send-anyway"]') as HTMLButtonElement).click();
    expect(callbacks.onHold).toHaveBeenCalledOnce();
    expect(callbacks.onSendAnyway).toHaveBeenCalledOnce();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(callbacks.onKeepEditing).toHaveBeenCalledOnce();
  });

  it('after "Hold", says when the reminder comes and offers no second hold', () => {
    const root = container();
    const callbacks = { onSendAnyway: vi.fn(), onHold: vi.fn(), onKeepEditing: vi.fn() };
    act(() => render(h(HoldPrompt, { model: { ...model, heldUntilText: 'at 8:00' }, callbacks, now: () => model.until + 1 }), root));
    expect(root.querySelector('[data-amends-held]')!.textContent).toContain('remind you at 8:00');
    expect(root.querySelector('[data-action="hold"]')).toBeNull();
    expect(root.querySelector('[data-amends-countdown]')!.textContent).toBe('The suggested wait is over.');
  });
});

describe('DraftsPage', () => {
  const draft = (id: string, text: string, heldAt: number, remindAt: number): HeldDraft => ({ id, conversation: 'k', site: 'mail.google.com', text, heldAt, remindAt, reminded: false });
  const drafts = [draft('a-1', 'First\nsecond line', 1000, 5000), draft('b-2', 'Newer', 2000, 9000)];

  it('lists drafts newest first with their exact text; discard and delete-all ask first', async () => {
    const root = container();
    const props = { drafts, now: 6000, formatTime: (ms: number) => `t${ms}`, onCopy: vi.fn(async () => true), onDiscard: vi.fn(), onDeleteAll: vi.fn() };
    act(() => render(h(DraftsPage, props), root));
    const items = [...root.querySelectorAll('[data-amends-draft]')];
    expect(items.map((i) => i.getAttribute('data-draft-id'))).toEqual(['b-2', 'a-1']);
    expect(items[1].querySelector('[data-draft-text]')!.textContent).toBe('First\nsecond line');
    expect(items[1].textContent).toContain('Ready to reread');
    expect(items[0].textContent).toContain('Reminder t9000');

    act(() => (items[1].querySelector('[data-action="discard"]') as HTMLButtonElement).click());
    expect(props.onDiscard).not.toHaveBeenCalled();
    act(() => (root.querySelector('[data-draft-id="a-1"] [data-action="discard-confirm"]') as HTMLButtonElement).click());
    expect(props.onDiscard).toHaveBeenCalledWith('a-1');

    await act(async () => (items[0].querySelector('[data-action="copy"]') as HTMLButtonElement).click());
    expect(props.onCopy).toHaveBeenCalledWith(drafts[1]);
    expect(items[0].querySelector('[data-action="copy"]')!.textContent).toBe('Copied');

    act(() => (root.querySelector('[data-action="delete-all"]') as HTMLButtonElement).click());
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    act(() => (root.querySelector('[data-action="delete-all-confirm"]') as HTMLButtonElement).click());
    expect(props.onDeleteAll).toHaveBeenCalledOnce();
  });

  it('says so when there is nothing held', () => {
    const root = container();
    act(() => render(h(DraftsPage, { drafts: [], now: 0, formatTime: String, onCopy: async () => true, onDiscard: vi.fn(), onDeleteAll: vi.fn() }), root));
    expect(root.querySelector('[data-amends-drafts-empty]')).not.toBeNull();
    expect(root.querySelector('[data-action="delete-all"]')).toBeNull();
  });
});
