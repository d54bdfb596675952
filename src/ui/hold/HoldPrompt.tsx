/**
 * The hold prompt: shown when a send was caught because the message carries a move the user
 * asked Amends to hold for. It says why, shows the cooldown with a live countdown, and offers
 * "Send anyway", "Hold and remind me" and "Keep editing". A modal dialog for keyboard and screen
 * reader users: focus starts on the gentlest choice (keep editing), Tab stays inside, Esc closes.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cooldownString as s } from '../../cooldown/messages';
import { formatRemaining } from './countdown';
import type { HoldCallbacks, HoldModel } from './types';

interface HoldPromptProps {
  model: HoldModel;
  callbacks: HoldCallbacks;
  /** Clock, injectable for tests. */
  now?: () => number;
}

const TITLE_ID = 'amends-hold-title';
const TEXT_ID = 'amends-hold-text';

export function HoldPrompt({ model, callbacks, now = Date.now }: HoldPromptProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [clock, setClock] = useState(now());
  const { left, top, width, height } = model.anchor;

  useEffect(() => {
    const timer = setInterval(() => setClock(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const reference = { getBoundingClientRect: () => new DOMRect(left, top, width, height) };
    void computePosition(reference, element, {
      strategy: 'fixed',
      placement: 'top-start',
      // crossAxis shift keeps a tall prompt on screen when neither above nor below the box fits.
      middleware: [offset(10), flip({ padding: 8 }), shift({ padding: 8, crossAxis: true })],
    }).then(({ x, y }) => {
      if (cancelled) return;
      element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      element.removeAttribute('data-placing');
    });
    return () => {
      cancelled = true;
    };
  }, [left, top, width, height]);

  // Focus starts on the gentlest choice, and stays in the dialog when "Hold" turns into a message.
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[data-action="keep-editing"]')?.focus({ preventScroll: true });
  }, [model.heldUntilText]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      callbacks.onKeepEditing();
    } else if (event.key === 'Tab') {
      trapTab(event, ref.current);
    }
    // Keys pressed here are ours: the page's shortcuts (Enter to send!) must not see them.
    event.stopPropagation();
  };

  const remaining = model.until - clock;
  return (
    <div
      ref={ref}
      class="hold"
      data-placing=""
      data-amends-hold=""
      data-category={model.category}
      role="dialog"
      aria-modal="true"
      aria-labelledby={TITLE_ID}
      aria-describedby={TEXT_ID}
      onKeyDown={onKeyDown}
    >
      <h2 class="title" id={TITLE_ID}>
        <span class="dot" aria-hidden="true" />
        {s('hold_title')}
      </h2>
      <p class="intro">{s('hold_intro')}</p>
      <ul class="reasons">
        {model.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p class="cooldown" id={TEXT_ID}>
        <span data-amends-cooldown="">{model.cooldownText}</span>
        <span class="why">{model.cooldownReason}</span>
      </p>
      <p class="countdown" data-amends-countdown="" aria-live="off">
        {remaining > 0 ? s('hold_countdown', [formatRemaining(remaining)]) : s('hold_countdownDone')}
      </p>
      {model.heldUntilText !== undefined && (
        <p class="held" role="status" data-amends-held="">
          {s('hold_held', [model.heldUntilText])}
        </p>
      )}
      <div class="actions">
        {model.heldUntilText === undefined && (
          <button type="button" class="primary" data-action="hold" onClick={callbacks.onHold}>
            {s('hold_hold')}
          </button>
        )}
        <button type="button" data-action="keep-editing" onClick={callbacks.onKeepEditing}>
          {s('hold_keepEditing')}
        </button>
        <button type="button" class="quiet" data-action="send-anyway" onClick={callbacks.onSendAnyway}>
          {s('hold_sendAnyway')}
        </button>
      </div>
    </div>
  );
}

function trapTab(event: KeyboardEvent, container: HTMLElement | null): void {
  if (!container) return;
  const buttons = Array.from(container.querySelectorAll<HTMLButtonElement>('button'));
  if (buttons.length === 0) return;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  const first = buttons[0];
  const last = buttons[buttons.length - 1];
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
