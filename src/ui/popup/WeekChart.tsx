/** This week at a glance: one bar per step (counts only), plus cooldowns honoured. */
import type { WeekCounts } from '../../settings/stats';
import { t } from '../../i18n';
import type { StepText } from './categoryText';

interface WeekChartProps {
  steps: StepText[];
  week: WeekCounts;
}

export function WeekChart({ steps, week }: WeekChartProps) {
  const total = steps.reduce((sum, s) => sum + week.findings[s.id], 0);
  const max = Math.max(1, ...steps.map((s) => week.findings[s.id]));
  return (
    <section class="panel" aria-labelledby="week-heading">
      <div class="panel-head">
        <h2 id="week-heading">{t('popup_weekHeading')}</h2>
        <span class="progress-text">{t('popup_weekFindings', String(total))}</span>
      </div>
      {total === 0 ? <p class="empty">{t('popup_weekEmpty')}</p> : null}
      <ul class="chart" aria-label={t('popup_chartLabel')} data-testid="week-chart">
        {steps.map((s) => {
          const count = week.findings[s.id];
          return (
            <li key={s.id} class={`bar-row cat-${s.id}`} data-category={s.id} data-count={count}>
              <span class="bar-label">
                <span class="bar-step" aria-hidden="true">
                  {s.step}
                </span>
                {s.name}
              </span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar-fill" style={{ width: `${count === 0 ? 0 : Math.max(6, (count / max) * 100)}%` }} />
              </span>
              <span class="bar-count">{count}</span>
            </li>
          );
        })}
      </ul>
      <p class="honoured" data-testid="cooldowns-honoured">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M4 1.5h8M4 14.5h8M5 1.5v2.5L8 8l3-4V1.5M5 14.5V12l3-4 3 4v2.5" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round" />
        </svg>
        {t('popup_weekCooldowns', String(week.cooldownsHonoured))}
      </p>
    </section>
  );
}
