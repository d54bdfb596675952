/**
 * The card next to flagged words: which repair step the phrase works against, why, a better
 * wording, a cooldown, and ways to silence it. A non-modal dialog: it opens beside the words
 * without taking focus (unless opened from the keyboard), and Esc closes it.
 */
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { uiString } from './strings';
import type { CardModel, OverlayCallbacks } from './types';

interface CardProps {
  card: CardModel;
  callbacks: OverlayCallbacks;
}

const TITLE_ID = 'amends-card-title';
const WHY_ID = 'amends-card-why';

export function Card({ card, callbacks }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { left, top, width, height } = card.anchor;

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const reference = { getBoundingClientRect: () => new DOMRect(left, top, width, height) };
    void computePosition(reference, element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // In a short window the card scrolls inside itself rather than running off screen.
        size({ padding: 8, apply: ({ availableHeight }) => void (element.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`) }),
      ],
    }).then(({ x, y }) => {
      if (cancelled) return;
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      element.removeAttribute('data-placing');
    });
    return () => {
      cancelled = true;
    };
  }, [left, top, width, height, card.findingId]);

  useLayoutEffect(() => {
    if (!card.takeFocus) return;
    ref.current?.querySelector<HTMLButtonElement>('[data-action="apply"], [data-action="dismiss"]')?.focus({ preventScroll: true });
  }, [card.findingId, card.takeFocus]);

  // The remind button goes once the draft is held; focus it had would fall to the page's <body>.
  const remindClicked = useRef(false);
  useLayoutEffect(() => {
    if (card.heldUntilText === undefined || !remindClicked.current) return;
    remindClicked.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.querySelector<HTMLButtonElement>('[data-action="dismiss"]')?.focus({ preventScroll: true });
  }, [card.heldUntilText]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      callbacks.onClose(true);
    } else if (event.key === 'Tab') {
      trapTab(event, ref.current);
    }
    // Keys pressed in the card are ours: page shortcuts (Esc closing a compose window) must not see them.
    event.stopPropagation();
  };

  return (
    <div
      ref={ref}
      class="card"
      data-placing=""
      data-amends-card=""
      data-category={card.category}
      data-step={String(card.step)}
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      aria-describedby={WHY_ID}
      onKeyDown={onKeyDown}
      onPointerEnter={() => callbacks.onCardHover(true)}
      onPointerLeave={() => callbacks.onCardHover(false)}
      // Clicking the card's text must not pull focus out of the editor.
      onPointerDown={(event) => {
        if (!(event.target as Element).closest('button')) event.preventDefault();
      }}
    >
      <div class="head">
        <span class="badge">
          <span class="dot" aria-hidden="true" />
          {card.categoryName}
        </span>
        <button type="button" class="close" data-action="close" aria-label={uiString('card_close')} onClick={() => callbacks.onClose(true)}>
          <CloseIcon />
        </button>
      </div>
      <h2 class="title" id={TITLE_ID}>
        <span class="step">{card.stepLabel} · </span>
        {card.title}
      </h2>
      <p class="why" id={WHY_ID}>
        {card.why}
      </p>
      {card.rewrite !== undefined && (
        <div class="rewrite">
          <p class="label">{uiString('card_tryInstead')}</p>
          <p class="change">
            <del>{card.original}</del>
            {card.rewrite !== '' && (
              <>
                {' → '}
                <ins>{card.rewrite}</ins>
              </>
            )}
          </p>
          <button type="button" class="apply" data-action="apply" onClick={() => callbacks.onApply(card.findingId)}>
            {card.rewrite === '' ? uiString('card_leaveOut') : uiString('card_apply')}
          </button>
        </div>
      )}
      <p class="cooldown">
        <ClockIcon />
        <span>
          <span class="sr-only">{uiString('card_cooldownLabel')}: </span>
          <span data-amends-cooldown="">{card.cooldown}</span>
        </span>
      </p>
      {card.truncatedNote && <p class="note">{card.truncatedNote}</p>}
      {card.heldUntilText !== undefined && (
        <p class="note" role="status" data-amends-held="">
          {uiString('card_held', [card.heldUntilText])}
        </p>
      )}
      <div class="actions">
        {card.canRemind && card.heldUntilText === undefined && (
          <button
            type="button"
            class="link"
            data-action="remind-later"
            onClick={() => {
              remindClicked.current = true;
              callbacks.onRemindLater(card.findingId);
            }}
          >
            {uiString('card_remindLater')}
          </button>
        )}
        <button type="button" class="link" data-action="dismiss" onClick={() => callbacks.onDismiss(card.findingId)}>
          {uiString('card_dismiss')}
        </button>
        <button type="button" class="link" data-action="mute-rule" onClick={() => callbacks.onMuteRule(card.findingId)}>
          {uiString('card_muteRule')}
        </button>
        <button type="button" class="link" data-action="pause-site" onClick={() => callbacks.onPauseSite()}>
          {uiString('card_pauseSite')}
        </button>
      </div>
      {card.shortcutHint && <p class="hint">{card.shortcutHint}</p>}
    </div>
  );
}

/** Keeps Tab and Shift+Tab inside the card; Esc is the way back to the editor. */
function trapTab(event: KeyboardEvent, card: HTMLElement | null): void {
  if (!card) return;
  const buttons = [...card.querySelectorAll<HTMLButtonElement>('button')];
  if (buttons.length === 0) return;
  const active = (card.getRootNode() as ShadowRoot).activeElement;
  const index = buttons.indexOf(active as HTMLButtonElement);
  const next = event.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : index === buttons.length - 1 ? 0 : index + 1;
  event.preventDefault();
  buttons[next].focus();
}

function ClockIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round">
      <circle cx="8" cy="8" r="6.25" />
      <path d="M8 4.75V8l2.25 1.5" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round">
      <path d="M3.5 3.5l7 7M10.5 3.5l-7 7" />
    </svg>
  );
}
