/** The six repair steps as a checklist; ticking is the user's own record of what they did. */
import type { CategoryId } from '../../analyzer/types';
import { t } from '../../i18n';
import type { StepText } from './categoryText';
import { ConfirmButton } from './ConfirmButton';

interface ChecklistProps {
  steps: StepText[];
  ticked: Record<CategoryId, boolean>;
  onToggle(id: CategoryId, ticked: boolean): void;
  onStartOver(): void;
}

export function Checklist({ steps, ticked, onToggle, onStartOver }: ChecklistProps) {
  const done = steps.filter((s) => ticked[s.id]).length;
  return (
    <section class="panel" aria-labelledby="checklist-heading">
      <div class="panel-head">
        <h2 id="checklist-heading">{t('popup_checklistHeading')}</h2>
        <span class="progress-text" data-testid="progress">
          {t('popup_progress', String(done))}
        </span>
      </div>
      <div class="progress" aria-hidden="true">
        {steps.map((s) => (
          <span key={s.id} class={`progress-seg cat-${s.id}${ticked[s.id] ? ' on' : ''}`} />
        ))}
      </div>
      <ol class="steps">
        {steps.map((s) => (
          <li key={s.id} class={`step cat-${s.id}${ticked[s.id] ? ' done' : ''}`}>
            <input
              id={`step-${s.id}`}
              type="checkbox"
              class="tick"
              data-step={s.step}
              checked={ticked[s.id]}
              aria-describedby={`hint-${s.id}`}
              onChange={(e) => onToggle(s.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`step-${s.id}`} class="step-text">
              <span class="step-num">{s.step}</span>
              <span class="step-title">{s.title}</span>
            </label>
            <p id={`hint-${s.id}`} class="step-hint">
              {s.hint}
            </p>
          </li>
        ))}
      </ol>
      <div class="start-over">
        <ConfirmButton
          action="start-over"
          class="button quiet"
          disabled={done === 0}
          question={t('popup_startOverConfirm')}
          confirmLabel={t('popup_startOver')}
          onConfirm={onStartOver}
          label={
            <>
              <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 8a5 5 0 1 0 1.5-3.5M3 2.5v3h3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              {t('popup_startOver')}
            </>
          }
        />
      </div>
    </section>
  );
}
