/**
 * A button that asks in place before doing something that can't be undone. No window.confirm:
 * it closes an extension popup in some browsers and can't be styled or themed.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';

interface ConfirmButtonProps {
  /** data-action of the first button; the confirming one is `confirm-<action>`. */
  action: string;
  label: ComponentChildren;
  question: string;
  confirmLabel: string;
  disabled?: boolean;
  danger?: boolean;
  class?: string;
  onConfirm(): void;
}

export function ConfirmButton({ action, label, question, confirmLabel, disabled, danger, class: className = 'button', onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus follows the question, and comes back to the button when it goes.
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={startRef} type="button" class={className} data-action={action} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const questionId = `${action}-question`;
  return (
    <div class="confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div class="confirm-actions">
        <button ref={cancelRef} type="button" class="button" data-action={`cancel-${action}`} onClick={() => setAsking(false)}>
          {t('common_cancel')}
        </button>
        <button
          type="button"
          class={danger ? 'button danger-solid' : 'button primary'}
          data-action={`confirm-${action}`}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
