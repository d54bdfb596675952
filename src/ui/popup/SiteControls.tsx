/** The current site: on/off, pause for an hour or until tomorrow, resume. */
import { t } from '../../i18n';

export type SiteView =
  | { kind: 'unsupported' }
  | { kind: 'unwatched'; host: string }
  | { kind: 'watched'; host: string; on: boolean; pausedUntil: number | null };

interface SiteControlsProps {
  site: SiteView;
  formatTime(ms: number): string;
  onSwitch(on: boolean): void;
  onPauseHour(): void;
  onPauseTomorrow(): void;
  onResume(): void;
  /** Opens the options page ready to add this site (the permission prompt needs a click there). */
  onAddSite(): void;
}

export function SiteControls({ site, formatTime, onSwitch, onPauseHour, onPauseTomorrow, onResume, onAddSite }: SiteControlsProps) {
  return (
    <section class="panel site" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('popup_siteHeading')}</h2>
      {site.kind === 'unsupported' ? <p class="empty">{t('popup_siteNone')}</p> : null}
      {site.kind === 'unwatched' ? (
        <>
          <div class="site-text">
            <strong class="host">{site.host}</strong>
            <span class="site-status">{t('popup_notWatched')}</span>
          </div>
          <div class="site-actions">
            <button type="button" class="button" data-action="add-site" onClick={onAddSite}>
              {t('popup_addThisSite')}
            </button>
          </div>
        </>
      ) : null}
      {site.kind === 'watched' ? <WatchedSite site={site} {...{ formatTime, onSwitch, onPauseHour, onPauseTomorrow, onResume }} /> : null}
    </section>
  );
}

function WatchedSite({
  site,
  formatTime,
  onSwitch,
  onPauseHour,
  onPauseTomorrow,
  onResume,
}: Omit<SiteControlsProps, 'site' | 'onAddSite'> & { site: Extract<SiteView, { kind: 'watched' }> }) {
  const paused = site.on && site.pausedUntil !== null;
  const status = !site.on ? t('popup_siteOff') : paused ? t('popup_pausedUntil', formatTime(site.pausedUntil!)) : t('popup_siteChecking');
  return (
    <>
      <div class="site-row">
        <div class="site-text">
          <strong class="host">{site.host}</strong>
          <span class={`site-status${site.on && !paused ? ' live' : ''}`} role="status" data-testid="site-status">
            {status}
          </span>
        </div>
        <button
          id="site-switch"
          type="button"
          role="switch"
          class="switch"
          data-action="site-switch"
          aria-label={t('popup_siteToggle', site.host)}
          aria-checked={site.on ? 'true' : 'false'}
          onClick={() => onSwitch(!site.on)}
        />
      </div>
      {site.on ? (
        paused ? (
          <div class="site-actions">
            <button type="button" class="button" data-action="resume" onClick={onResume}>
              {t('popup_resume')}
            </button>
          </div>
        ) : (
          <div class="site-actions" role="group" aria-labelledby="pause-label">
            <span id="pause-label" class="pause-label">
              {t('popup_pauseLabel')}
            </span>
            <button type="button" class="button" data-action="pause-hour" onClick={onPauseHour}>
              {t('popup_pauseHourShort')}
            </button>
            <button type="button" class="button" data-action="pause-tomorrow" onClick={onPauseTomorrow}>
              {t('popup_pauseTomorrowShort')}
            </button>
          </div>
        )
      ) : null}
    </>
  );
}
