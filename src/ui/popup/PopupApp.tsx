/** The toolbar popup: checklist, the week at a glance, the current site, links. Data in, callbacks out. */
import type { CategoryId } from '../../analyzer/types';
import { t } from '../../i18n';
import type { WeekCounts } from '../../settings/stats';
import { stepTexts } from './categoryText';
import { Checklist } from './Checklist';
import { SiteControls, type SiteView } from './SiteControls';
import { WeekChart } from './WeekChart';

export interface PopupState {
  ticked: Record<CategoryId, boolean>;
  week: WeekCounts;
  site: SiteView;
  heldDrafts: number;
}

export interface PopupActions {
  toggleStep(id: CategoryId, ticked: boolean): void;
  startOver(): void;
  switchSite(on: boolean): void;
  pauseHour(): void;
  pauseTomorrow(): void;
  resume(): void;
  openOptions(): void;
  addSite(): void;
  openDrafts(): void;
}

export function PopupApp({ state, actions, formatTime }: { state: PopupState; actions: PopupActions; formatTime(ms: number): string }) {
  const steps = stepTexts();
  return (
    <div class="popup">
      <header class="brand">
        <Mark />
        <div>
          <h1>{t('popup_title')}</h1>
          <p class="tagline">{t('popup_tagline')}</p>
        </div>
        <nav class="links">
          {state.heldDrafts > 0 ? (
            <button type="button" class="button quiet" data-action="open-drafts" onClick={actions.openDrafts}>
              <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
                <path d="M3 2.5h10v11l-5-3-5 3z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
              </svg>
              {t('popup_openDrafts', String(state.heldDrafts))}
            </button>
          ) : null}
          <button type="button" class="button quiet" data-action="open-options" onClick={actions.openOptions}>
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
              <path d="M2 4h7M12 4h2M2 12h2M7 12h7M9 2v4M4 10v4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
            </svg>
            {t('popup_openOptions')}
          </button>
        </nav>
      </header>
      <main class="columns">
        <Checklist steps={steps} ticked={state.ticked} onToggle={actions.toggleStep} onStartOver={actions.startOver} />
        <div>
          <WeekChart steps={steps} week={state.week} />
          <SiteControls
            site={state.site}
            formatTime={formatTime}
            onSwitch={actions.switchSite}
            onPauseHour={actions.pauseHour}
            onPauseTomorrow={actions.pauseTomorrow}
            onResume={actions.resume}
            onAddSite={actions.addSite}
          />
          <p class="privacy">{t('popup_privacyNote')}</p>
        </div>
      </main>
    </div>
  );
}

/** Amends' mark (the same drawing as public/icon/*.png): a tear mended by a stitch. */
export function Mark() {
  return (
    <svg class="mark" width="34" height="34" viewBox="0 0 34 34" aria-hidden="true">
      <rect width="34" height="34" rx="9" fill="var(--accent)" />
      <path d="M8 22c3-8 6-10 9-10" fill="none" stroke="var(--accent-fg)" stroke-width="2.8" stroke-linecap="round" />
      <path d="M26 12c-3 8-6 10-9 10" fill="none" stroke="var(--accent-fg)" stroke-width="2.8" stroke-linecap="round" opacity="0.7" />
      <path d="M14.5 14.5l5 5M19.5 14.5l-5 5" stroke="var(--accent-fg)" stroke-width="1.7" stroke-linecap="round" />
    </svg>
  );
}
