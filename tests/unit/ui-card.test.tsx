// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountOverlay, type OverlayView } from '../../src/ui/mount';
import type { CardModel, OverlayCallbacks, OverlayModel } from '../../src/ui/types';

const card: CardModel = {
  findingId: '1:non-apology-conditional:8',
  category: 'non-apology',
  step: 4,
  stepLabel: 'Step 4',
  categoryName: 'Non-apology',
  title: 'Apologise without conditions',
  why: 'The "if" makes the hurt sound hypothetical.',
  original: 'sorry if you were offended',
  rewrite: 'sorry I offended you',
  cooldown: 'Wait 20 minutes and reread it before sending.',
  anchor: { left: 10, top: 20, width: 100, height: 16 },
  canRemind: true,
  takeFocus: false,
  shortcutHint: 'Alt+Shift+A opens this card from the keyboard.',
};

function model(overrides: Partial<OverlayModel> = {}, cardOverrides: Partial<CardModel> = {}): OverlayModel {
  return {
    theme: 'auto',
    boxes: [{ key: 'a#0', fieldId: 1, findingId: card.findingId, category: 'non-apology', left: 10, top: 20, width: 100, height: 16 }],
    activeFindingId: card.findingId,
    card: { ...card, ...cardOverrides },
    announcement: 'Amends: step 4',
    ...overrides,
  };
}

let host: HTMLElement;
let view: OverlayView;
let callbacks: { [K in keyof OverlayCallbacks]: ReturnType<typeof vi.fn> };

function show(m: OverlayModel) {
  act(() => view.update(m));
}
const $ = (selector: string) => host.querySelector<HTMLElement>(selector);

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  callbacks = { onApply: vi.fn(), onDismiss: vi.fn(), onMuteRule: vi.fn(), onPauseSite: vi.fn(), onRemindLater: vi.fn(), onClose: vi.fn(), onCardHover: vi.fn() };
  view = mountOverlay(host, callbacks as unknown as OverlayCallbacks);
});
afterEach(() => {
  view.unmount();
  host.remove();
});

describe('overlay underlines', () => {
  it('draws one box per rect where the words are, tagged with finding, field and category', () => {
    show(model());
    const box = $('[data-amends-finding]')!;
    expect(box.dataset.amendsFinding).toBe(card.findingId);
    expect(box.dataset.category).toBe('non-apology');
    expect(box.dataset.field).toBe('1');
    expect([box.style.left, box.style.top, box.style.width, box.style.height]).toEqual(['10px', '20px', '100px', '16px']);
    expect(box.hasAttribute('data-active')).toBe(true);
  });

  it('moves, replaces and removes boxes as findings change; a field\'s boxes go at once when it is edited', () => {
    show(model());
    const first = $('[data-amends-finding]')!;
    const other = { key: 'b#0', fieldId: 2, findingId: '2:blame-x:0', category: 'blame' as const, left: 0, top: 60, width: 40, height: 16 };
    show(model({ boxes: [{ ...model().boxes[0], left: 30 }, other] }));
    expect($('[data-amends-finding]')).toBe(first);
    expect(first.style.left).toBe('30px');
    expect(host.querySelectorAll('[data-amends-finding]')).toHaveLength(2);
    view.clearField(1);
    expect([...host.querySelectorAll<HTMLElement>('[data-amends-finding]')].map((e) => e.dataset.field)).toEqual(['2']);
    show(model({ boxes: [] }));
    expect(host.querySelectorAll('[data-amends-finding]')).toHaveLength(0);
  });

  it('carries the theme setting and announces through a live region', () => {
    show(model({ theme: 'dark' }));
    expect($('.root')!.dataset.theme).toBe('dark');
    const live = $('[aria-live="polite"]')!;
    expect(live.getAttribute('role')).toBe('status');
    expect(live.textContent).toBe('Amends: step 4');
  });
});

describe('the card', () => {
  it('is a labelled dialog with category, step, why, rewrite and cooldown', () => {
    show(model());
    const dialog = $('[data-amends-card]')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.dataset.category).toBe('non-apology');
    expect(dialog.dataset.step).toBe('4');
    const title = host.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('Step 4 · Apologise without conditions');
    expect(host.querySelector(`#${dialog.getAttribute('aria-describedby')}`)!.textContent).toBe(card.why);
    expect($('[data-amends-cooldown]')!.textContent).toBe(card.cooldown);
    expect($('.change del')!.textContent).toBe(card.original);
    expect($('.change ins')!.textContent).toBe(card.rewrite);
  });

  it('offers apply only when there is a rewrite, and "leave out" for an empty one', () => {
    show(model({}, { rewrite: undefined }));
    expect($('[data-action="apply"]')).toBeNull();
    show(model({}, { rewrite: '' }));
    expect($('[data-action="apply"]')!.textContent).toBe('Leave these words out');
    expect($('.change ins')).toBeNull();
  });

  it('says when the message was only partly checked', () => {
    show(model({}, { truncatedNote: 'Only the first 20,000 characters of this message were checked.' }));
    expect($('.note')!.textContent).toContain('20,000');
  });

  it('calls back with the finding id for apply, dismiss and mute; pause and close need none', () => {
    show(model());
    for (const action of ['apply', 'dismiss', 'mute-rule', 'pause-site', 'close']) act(() => $(`[data-action="${action}"]`)!.click());
    expect(callbacks.onApply).toHaveBeenCalledWith(card.findingId);
    expect(callbacks.onDismiss).toHaveBeenCalledWith(card.findingId);
    expect(callbacks.onMuteRule).toHaveBeenCalledWith(card.findingId);
    expect(callbacks.onPauseSite).toHaveBeenCalledTimes(1);
    expect(callbacks.onClose).toHaveBeenCalledWith(true);
  });

  it('offers "Remind me later" when a hold is possible, and calls back with the finding id', () => {
    show(model({}, { canRemind: false }));
    expect($('[data-action="remind-later"]')).toBeNull();
    show(model());
    const button = $('[data-action="remind-later"]')!;
    expect(button.textContent).toBe('Remind me later');
    act(() => button.click());
    expect(callbacks.onRemindLater).toHaveBeenCalledWith(card.findingId);
    expect($('[data-amends-held]')).toBeNull();
  });

  it('once held, says when the reminder comes instead of offering it again', () => {
    show(model());
    const button = $('[data-action="remind-later"]')!;
    button.focus();
    act(() => button.click());
    show(model({}, { heldUntilText: 'tomorrow at 08:00' }));
    expect($('[data-action="remind-later"]')).toBeNull();
    // Focus it had stays in the card rather than falling to the page.
    expect(document.activeElement).toBe($('[data-action="dismiss"]'));
    const held = $('[data-amends-held]')!;
    expect(held.getAttribute('role')).toBe('status');
    expect(held.textContent).toContain('tomorrow at 08:00');
    expect(held.textContent).toMatch(/^Held\./);
    // The rest of the card stays usable.
    expect($('[data-action="dismiss"]')).not.toBeNull();
  });

  it('closes on Escape and keeps the key from the page', () => {
    show(model());
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    act(() => {
      $('[data-amends-card]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    document.removeEventListener('keydown', pageListener);
    expect(callbacks.onClose).toHaveBeenCalledWith(true);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('takes focus only when opened from the keyboard, on its first action, and keeps Tab inside', () => {
    show(model());
    expect(document.activeElement).not.toBe($('[data-action="apply"]'));
    show(model({}, { takeFocus: true }));
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('[data-amends-card] button')];
    expect(document.activeElement).toBe($('[data-action="apply"]'));
    buttons[buttons.length - 1].focus();
    act(() => {
      $('[data-amends-card]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('renders no card when the model has none', () => {
    show(model({ card: undefined }));
    expect($('[data-amends-card]')).toBeNull();
  });
});
