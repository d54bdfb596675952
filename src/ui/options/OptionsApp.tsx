/** The options page: sections fed with data and callbacks by entrypoints/options/main.tsx. */
import type { CategoryId } from '../../analyzer/types';
import type { CooldownSettings } from '../../cooldown/settings';
import { t } from '../../i18n';
import type { Preferences, Sensitivity, Theme } from '../../settings/items';
import type { Shortcut } from '../../settings/shortcut';
import type { BuiltInSite } from '../../settings/sites';
import { stepTexts } from '../popup/categoryText';
import { Mark } from '../popup/PopupApp';
import { CooldownSection } from './CooldownSection';
import { DataSection, type DataMessage } from './DataSection';
import { FlagSection } from './FlagSection';
import { ShortcutSection } from './ShortcutSection';
import { SitesSection, type AddedSiteView, type AddSiteResult } from './SitesSection';

export interface OptionsState {
  preferences: Preferences;
  cooldown: CooldownSettings;
  builtIn: readonly BuiltInSite[];
  disabledHosts: Record<string, true>;
  added: AddedSiteView[];
  dataMessage: DataMessage | null;
  suggestedSite?: string;
}

export interface OptionsActions {
  setCategory(id: CategoryId, on: boolean): void;
  setSensitivity(value: Sensitivity): void;
  setTheme(value: Theme): void;
  setShortcut(value: Shortcut): void;
  switchSite(site: BuiltInSite, on: boolean): void;
  addSite(input: string): Promise<AddSiteResult>;
  allowSite(origin: string): void;
  removeSite(origin: string): void;
  setCooldownNumber(key: keyof CooldownSettings, value: number): void;
  setHold(id: CategoryId, on: boolean): void;
  exportData(): void;
  importData(file: File): void;
  clearData(): void;
}

const SECTIONS = [
  ['flag', 'options_categoriesHeading'],
  ['sites', 'options_sitesHeading'],
  ['cooldowns', 'options_cooldownsHeading'],
  ['shortcut', 'options_shortcutHeading'],
  ['data', 'options_dataHeading'],
] as const;

export function OptionsApp({ state, actions }: { state: OptionsState; actions: OptionsActions }) {
  const steps = stepTexts();
  return (
    <div class="options">
      <header class="brand">
        <Mark />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="tagline">{t('options_tagline')}</p>
        </div>
      </header>
      <nav class="toc" aria-label={t('options_nav')}>
        {SECTIONS.map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {t(key)}
          </a>
        ))}
      </nav>
      <main>
        <FlagSection
          steps={steps}
          preferences={state.preferences}
          onCategory={actions.setCategory}
          onSensitivity={actions.setSensitivity}
          onTheme={actions.setTheme}
        />
        <SitesSection
          builtIn={state.builtIn}
          isOn={(site) => !site.hosts.every((h) => state.disabledHosts[h])}
          added={state.added}
          onSwitch={actions.switchSite}
          onAdd={actions.addSite}
          onAllow={actions.allowSite}
          onRemove={actions.removeSite}
          suggestedSite={state.suggestedSite}
        />
        <CooldownSection steps={steps} settings={state.cooldown} onNumber={actions.setCooldownNumber} onHold={actions.setHold} />
        <ShortcutSection shortcut={state.preferences.shortcut} onChange={actions.setShortcut} />
        <DataSection message={state.dataMessage} onExport={actions.exportData} onImport={actions.importData} onClear={actions.clearData} />
      </main>
    </div>
  );
}
