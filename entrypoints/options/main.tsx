/**
 * The options page's controller: reads and watches storage, asks for host permissions, runs
 * export/import/clear, and hands data and callbacks to OptionsApp (which never touches browser APIs).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/popup/theme.css';
import '../../src/ui/options/options.css';
import { cooldownSettings } from '../../src/cooldown/settings';
import { t } from '../../src/i18n';
import { clearEverything, exportBackup, importBackup, type ImportError } from '../../src/settings/backup';
import { addedSites, preferences, siteState } from '../../src/settings/items';
import { switchedSite } from '../../src/settings/pause';
import { BUILT_IN_SITES, isBuiltInHost, matchPatternFor, originFromInput } from '../../src/settings/sites';
import { OptionsApp, type OptionsActions, type OptionsState } from '../../src/ui/options/OptionsApp';
import type { AddedSiteView } from '../../src/ui/options/SitesSection';
import { applyTheme } from '../../src/ui/popup/applyTheme';

async function addedSiteViews(origins: readonly string[]): Promise<AddedSiteView[]> {
  return Promise.all(
    origins.map(async (origin) => ({
      origin,
      host: new URL(origin).host,
      granted: await browser.permissions.contains({ origins: [matchPatternFor(origin)] }),
    })),
  );
}

function importErrorText(error: ImportError): string {
  switch (error.kind) {
    case 'not-json':
      return t('options_importNotJson');
    case 'not-backup':
      return t('options_importNotBackup');
    case 'newer':
      return t('options_importNewer');
    case 'invalid':
      return t('options_importInvalid', error.item);
  }
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `?add=https://chat.example.org` from the popup's "Add this site…". */
function suggestedSite(): string | undefined {
  const origin = originFromInput(new URLSearchParams(location.search).get('add') ?? '');
  if (!origin) return undefined;
  return origin.startsWith('https://') ? new URL(origin).host : origin;
}

async function main() {
  const root = document.getElementById('app')!;
  document.title = t('options_title');
  const [storedPreferences, storedCooldown, storedSites, added] = await Promise.all([
    preferences.getValue(),
    cooldownSettings.getValue(),
    siteState.getValue(),
    addedSites.getValue().then(addedSiteViews),
  ]);
  const state: OptionsState = {
    preferences: storedPreferences,
    cooldown: storedCooldown,
    builtIn: BUILT_IN_SITES,
    disabledHosts: storedSites.disabled,
    added,
    dataMessage: null,
    suggestedSite: suggestedSite(),
  };
  const draw = () => render(<OptionsApp state={{ ...state }} actions={actions} />, root);
  const say = (error: boolean, text: string) => {
    state.dataMessage = { error, text };
    draw();
  };

  const actions: OptionsActions = {
    setCategory: (id, on) => void preferences.update((p) => ({ ...p, categories: { ...p.categories, [id]: on } })),
    setSensitivity: (sensitivity) => void preferences.update((p) => ({ ...p, sensitivity })),
    setTheme: (theme) => void preferences.update((p) => ({ ...p, theme })),
    setShortcut: (shortcut) => void preferences.update((p) => ({ ...p, shortcut })),
    switchSite: (site, on) => void siteState.update((s) => switchedSite(s, site.hosts, on)),
    async addSite(input) {
      const origin = originFromInput(input);
      if (!origin) return { ok: false, reason: 'invalid' };
      const host = new URL(origin).host;
      if (isBuiltInHost(host) || state.added.some((site) => site.origin === origin)) return { ok: false, reason: 'duplicate' };
      // No await before this: Firefox only shows the prompt straight from the click.
      const granted = await browser.permissions.request({ origins: [matchPatternFor(origin)] });
      if (!granted) return { ok: false, reason: 'denied' };
      await addedSites.update((list) => (list.includes(origin) ? list : [...list, origin]));
      return { ok: true, host };
    },
    allowSite: (origin) => void browser.permissions.request({ origins: [matchPatternFor(origin)] }).then(refreshAdded),
    async removeSite(origin) {
      await addedSites.update((list) => list.filter((o) => o !== origin));
      await browser.permissions.remove({ origins: [matchPatternFor(origin)] });
    },
    setCooldownNumber: (key, value) => void cooldownSettings.update((c) => ({ ...c, [key]: value })),
    setHold: (id, on) => void cooldownSettings.update((c) => ({ ...c, holdCategories: { ...c.holdCategories, [id]: on } })),
    async exportData() {
      const backup = await exportBackup();
      download(`amends-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup, null, 2));
    },
    async importData(file) {
      const result = await importBackup(await file.text());
      if (result.ok) say(false, t('options_importDone'));
      else say(true, importErrorText(result.error));
    },
    async clearData() {
      const origins = await addedSites.getValue();
      await clearEverything();
      if (origins.length) await browser.permissions.remove({ origins: origins.map(matchPatternFor) });
      say(false, t('options_cleared'));
    },
  };

  async function refreshAdded() {
    state.added = await addedSiteViews(await addedSites.getValue());
    draw();
  }

  applyTheme(state.preferences.theme);
  preferences.watch((p) => {
    state.preferences = p;
    applyTheme(p.theme);
    draw();
  });
  cooldownSettings.watch((c) => {
    state.cooldown = c;
    draw();
  });
  siteState.watch((s) => {
    state.disabledHosts = s.disabled;
    draw();
  });
  addedSites.watch(() => void refreshAdded());
  browser.permissions.onAdded.addListener(() => void refreshAdded());
  browser.permissions.onRemoved.addListener(() => void refreshAdded());
  draw();
}

void main();
