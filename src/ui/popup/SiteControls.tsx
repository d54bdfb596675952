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
  onOpenOptions(): void;
}

export function SiteControls({ site, formatTime, onSwitch, onPauseHour, onPauseTomorrow, onResume, onOpenOptions }: SiteControlsProps) {
  return (
    <section class="panel site" aria-labelledby="site-heading">
      <h2 id="site-heading">{t('popup_siteHeading')}</h2>
      {site.kind === 'unsupported' ? <p class="empty">{t('popup_siteNone')}</p> : null}
      {site.kind === 'unwatched' ? (
        <p class="empty">
          <strong class="host">{site.host}</strong>{' '}
          <button type="button" class="link" onClick={onOpenOptions}>
            {t('popup_notWatched')}
          </button>
        </p>
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
}: Omit<SiteControlsProps, 'site' | 'onOpenOptions'> & { site: Extract<SiteView, { kind: 'watched' }> }) {
  const paused = site.on && site.pausedUntil !== null;
  return (
    <>
      <div class="site-row">
        <label class="site-label" for="site-switch">
          {t('popup_siteToggle', site.host)}
        </label>
        <button
          id="site-switch"
          type="button"
          role="switch"
          class="switch"
          data-action="site-switch"
          aria-checked={site.on ? 'true' : 'false'}
          onClick={() => onSwitch(!site.on)}
        />
      </div>
      <p class="site-status" role="status" data-testid="site-status">
        {!site.on ? t('popup_siteOff') : paused ? t('popup_pausedUntil', formatTime(site.pausedUntil!)) : ''}
      </p>
      {site.on ? (
        <div class="site-actions">
          {paused ? (
            <button type="button" class="button" data-action="resume" onClick={onResume}>
              {t('popup_resume')}
            </button>
          ) : (
            <>
              <button type="button" class="button" data-action="pause-hour" onClick={onPauseHour}>
                {t('popup_pauseHour')}
              </button>
              <button type="button" class="button" data-action="pause-tomorrow" onClick={onPauseTomorrow}>
                {t('popup_pauseTomorrow')}
              </button>
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
