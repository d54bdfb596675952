/**
 * The held drafts: each with where and when it was held, its reminder, its text, and copy /
 * discard; "delete all" at the end. Data and callbacks only; main.tsx wires storage.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HeldDraft } from '../../src/cooldown/drafts';
import { cooldownString as s } from '../../src/cooldown/messages';

export interface DraftsPageProps {
  drafts: readonly HeldDraft[];
  now: number;
  /** The draft a reminder pointed at (scrolled to and marked). */
  focusId?: string;
  formatTime(ms: number): string;
  onCopy(draft: HeldDraft): Promise<boolean>;
  onDiscard(id: string): void;
  onDeleteAll(): void;
}

export function DraftsPage({ drafts, now, focusId, formatTime, onCopy, onDiscard, onDeleteAll }: DraftsPageProps) {
  const [confirmAll, setConfirmAll] = useState(false);
  const newestFirst = [...drafts].reverse();
  return (
    <>
      <header>
        <h1>{s('drafts_title')}</h1>
        <p class="intro">{s('drafts_intro')}</p>
      </header>
      {newestFirst.length === 0 ? (
        <p class="empty" data-amends-drafts-empty="">
          {s('drafts_empty')}
        </p>
      ) : (
        <ul class="drafts" aria-label={s('drafts_title')}>
          {newestFirst.map((draft) => (
            <DraftItem key={draft.id} draft={draft} now={now} focused={draft.id === focusId} formatTime={formatTime} onCopy={onCopy} onDiscard={onDiscard} />
          ))}
        </ul>
      )}
      {newestFirst.length > 0 && (
        <footer>
          {confirmAll ? (
            <div class="confirm" role="group" aria-label={s('drafts_deleteAll')}>
              <span>{s('drafts_deleteAllConfirm', [newestFirst.length])}</span>
              <button type="button" class="danger" data-action="delete-all-confirm" onClick={() => { setConfirmAll(false); onDeleteAll(); }}>
                {s('drafts_deleteAll')}
              </button>
              <button type="button" data-action="cancel" onClick={() => setConfirmAll(false)}>
                {s('drafts_cancel')}
              </button>
            </div>
          ) : (
            <button type="button" class="quiet" data-action="delete-all" onClick={() => setConfirmAll(true)}>
              {s('drafts_deleteAll')}
            </button>
          )}
        </footer>
      )}
    </>
  );
}

interface DraftItemProps {
  draft: HeldDraft;
  now: number;
  focused: boolean;
  formatTime(ms: number): string;
  onCopy(draft: HeldDraft): Promise<boolean>;
  onDiscard(id: string): void;
}

function DraftItem({ draft, now, focused, formatTime, onCopy, onDiscard }: DraftItemProps) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [confirming, setConfirming] = useState(false);
  const ready = draft.reminded || draft.remindAt <= now;
  const headingId = `draft-${draft.id}`;
  const copy = async () => setCopyState((await onCopy(draft)) ? 'copied' : 'failed');
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'center' });
  }, [focused]);
  return (
    <li
      class={`draft${focused ? ' focused' : ''}`}
      id={draft.id}
      data-amends-draft=""
      data-draft-id={draft.id}
      aria-labelledby={headingId}
      ref={ref}
    >
      <div class="meta">
        <h2 id={headingId}>
          {draft.site ? s('drafts_heldOn', [formatTime(draft.heldAt), draft.site]) : s('drafts_heldAt', [formatTime(draft.heldAt)])}
        </h2>
        <span class={`status${ready ? ' ready' : ''}`}>{ready ? s('drafts_ready') : s('drafts_remindAt', [formatTime(draft.remindAt)])}</span>
      </div>
      <blockquote class="text" data-draft-text="">
        {draft.text}
      </blockquote>
      <div class="actions">
        <button type="button" class="primary" data-action="copy" onClick={() => void copy()}>
          {copyState === 'copied' ? s('drafts_copied') : s('drafts_copy')}
        </button>
        {confirming ? (
          <>
            <button type="button" class="danger" data-action="discard-confirm" onClick={() => onDiscard(draft.id)}>
              {s('drafts_discardConfirm')}
            </button>
            <button type="button" data-action="cancel" onClick={() => setConfirming(false)}>
              {s('drafts_cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-action="discard" onClick={() => setConfirming(true)}>
            {s('drafts_discard')}
          </button>
        )}
        <span class="live" role="status" aria-live="polite">
          {copyState === 'failed' ? s('drafts_copyFailed') : copyState === 'copied' ? s('drafts_copied') : ''}
        </span>
      </div>
    </li>
  );
}
