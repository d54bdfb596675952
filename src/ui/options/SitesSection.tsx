/** Sites: the built-in mail and chat sites with switches, and the sites the user added. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { BuiltInSite } from '../../settings/sites';
import { Switch } from './Switch';

export interface AddedSiteView {
  origin: string;
  host: string;
  granted: boolean;
}

export type AddSiteResult = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'denied' | 'duplicate' };

interface SitesSectionProps {
  builtIn: readonly BuiltInSite[];
  isOn(site: BuiltInSite): boolean;
  added: AddedSiteView[];
  onSwitch(site: BuiltInSite, on: boolean): void;
  onAdd(input: string): Promise<AddSiteResult>;
  onAllow(origin: string): void;
  onRemove(origin: string): void;
  /** Prefilled address (the popup's "Add this site…"); the input gets focus so one click adds it. */
  suggestedSite?: string;
}

const ADD_ERROR = { invalid: 'options_addSiteInvalid', denied: 'options_addSiteDenied', duplicate: 'options_addSiteDuplicate' } as const;

export function SitesSection({ builtIn, isOn, added, onSwitch, onAdd, onAllow, onRemove, suggestedSite }: SitesSectionProps) {
  const [input, setInput] = useState(suggestedSite ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (suggestedSite) inputRef.current?.focus();
  }, [suggestedSite]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onAdd(input);
    if (result.ok) {
      setInput('');
      setMessage({ error: false, text: t('options_addSiteAdded', result.host) });
    } else setMessage({ error: true, text: t(ADD_ERROR[result.reason]) });
  };
  return (
    <section id="sites" class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('options_sitesHeading')}</h2>
      <p class="intro">{t('options_sitesIntro')}</p>
      <ul class="rows sites-grid">
        {builtIn.map((site) => (
          <li key={site.id} class="row">
            <span class="row-text">
              <span class="row-title">{site.name}</span>
              <span class="row-hint">{site.hosts.join(', ')}</span>
            </span>
            <Switch
              checked={isOn(site)}
              label={t('options_siteSwitch', site.name)}
              data={{ 'data-site': site.id }}
              onChange={(on) => onSwitch(site, on)}
            />
          </li>
        ))}
      </ul>

      <h3>{t('options_addedSitesHeading')}</h3>
      {added.length === 0 ? <p class="row-hint">{t('options_addedSitesEmpty')}</p> : null}
      <ul class="rows" data-testid="added-sites">
        {added.map((site) => (
          <li key={site.origin} class="row" data-origin={site.origin}>
            <span class="row-text">
              <span class="row-title">{site.host}</span>
              {!site.granted ? <span class="row-hint warn">{t('options_siteNeedsPermission')}</span> : null}
            </span>
            {!site.granted ? (
              <button type="button" class="button" onClick={() => onAllow(site.origin)}>
                {t('options_allowSite')}
              </button>
            ) : null}
            <button type="button" class="button quiet" data-action="remove-site" aria-label={t('options_removeSite', site.host)} onClick={() => onRemove(site.origin)}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="add-site" onSubmit={submit}>
        <label for="add-site-input">{t('options_addSiteLabel')}</label>
        <div class="inline">
          <input
            id="add-site-input"
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('options_addSitePlaceholder')}
            aria-describedby="add-site-hint add-site-message"
            aria-invalid={message?.error ? 'true' : undefined}
            value={input}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button primary" disabled={!input.trim()}>
            {t('options_addSiteButton')}
          </button>
        </div>
        <p id="add-site-hint" class="row-hint">
          {t('options_addSiteHint')}
        </p>
        <p id="add-site-message" class={message?.error ? 'message error' : 'message'} role="status">
          {message?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
