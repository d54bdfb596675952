/**
 * The popup's controller: reads and watches storage, finds the current tab's site, and hands
 * data and callbacks to the PopupApp component (which never touches browser APIs).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/popup/theme.css';
import '../../src/ui/popup/popup.css';
import { heldDrafts } from '../../src/cooldown/drafts';
import { cooldownSettings } from '../../src/cooldown/settings';
import { t } from '../../src/i18n';
import { addedSites, checklist, preferences, siteState, type SiteState } from '../../src/settings/items';
import { HOUR, pausedSite, resumedSite, switchedSite, tomorrowMorning, withoutEndedPauses } from '../../src/settings/pause';
import { matchPatternFor } from '../../src/settings/sites';
import { weekOf, weeklyStats } from '../../src/settings/stats';
import { PopupApp, type PopupActions, type PopupState } from '../../src/ui/popup/PopupApp';
import { siteViewFor } from '../../src/ui/popup/siteView';
import { applyTheme } from '../../src/ui/popup/applyTheme';

/** The tab the popup is about: `?tab=<id>` when opened as a page (tests, keyboard users), else the active tab. */
async function currentTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function watchedPatterns(added: readonly string[]): string[] {
  const declared = browser.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? [];
  return [...declared, ...added.map(matchPatternFor)];
}

const timeToday = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const timeLater = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });
/** "5:57 PM" today, "Thu 8:00 AM" on another day. */
const formatTime = (ms: number) => (new Date(ms).toDateString() === new Date().toDateString() ? timeToday : timeLater).format(ms);

async function main() {
  const root = document.getElementById('app')!;
  document.title = t('popup_title');
  // One round of reads in parallel: the popup should appear at once.
  const [tab, storedSites, storedAdded, storedChecklist, storedStats, storedDrafts, storedPreferences] = await Promise.all([
    currentTab(),
    siteState.getValue(),
    addedSites.getValue(),
    checklist.getValue(),
    weeklyStats.getValue(),
    heldDrafts.getValue(),
    preferences.getValue(),
  ]);
  const host = () => (state.site.kind === 'unsupported' ? '' : state.site.host);

  let sites: SiteState = storedSites;
  let added = storedAdded;
  const state: PopupState = {
    ticked: storedChecklist.ticked,
    week: weekOf(storedStats, Date.now()),
    site: siteViewFor(tab?.url, watchedPatterns(added), sites, Date.now()),
    heldDrafts: storedDrafts.length,
  };
  const refreshSite = () => (state.site = siteViewFor(tab?.url, watchedPatterns(added), sites, Date.now()));
  const draw = () => render(<PopupApp state={{ ...state }} actions={actions} formatTime={formatTime} />, root);

  const changeSites = (change: (s: SiteState) => SiteState) => siteState.update((s) => change(withoutEndedPauses(s, Date.now())));
  const actions: PopupActions = {
    toggleStep: (id, ticked) => void checklist.update((c) => ({ ticked: { ...c.ticked, [id]: ticked } })),
    startOver: () => void checklist.update((c) => ({ ticked: Object.fromEntries(Object.keys(c.ticked).map((k) => [k, false])) as typeof c.ticked })),
    switchSite: (on) => void changeSites((s) => switchedSite(s, [host()], on)),
    pauseHour: () => void changeSites((s) => pausedSite(s, host(), Date.now() + HOUR)),
    pauseTomorrow: async () => {
      const { morningHour } = await cooldownSettings.getValue();
      await changeSites((s) => pausedSite(s, host(), tomorrowMorning(Date.now(), morningHour)));
    },
    resume: () => void changeSites((s) => resumedSite(s, host())),
    openOptions: () => void browser.runtime.openOptionsPage(),
    addSite: () => {
      if (state.site.kind !== 'unwatched' || !tab?.url) return;
      const url = browser.runtime.getURL('/options.html');
      void browser.tabs.create({ url: `${url}?add=${encodeURIComponent(new URL(tab.url).origin)}#sites` });
      window.close();
    },
    openDrafts: () => void browser.tabs.create({ url: browser.runtime.getURL('/drafts.html') }),
  };

  applyTheme(storedPreferences.theme);
  preferences.watch((p) => applyTheme(p.theme));
  checklist.watch((c) => {
    state.ticked = c.ticked;
    draw();
  });
  weeklyStats.watch((w) => {
    state.week = weekOf(w, Date.now());
    draw();
  });
  siteState.watch((s) => {
    sites = s;
    refreshSite();
    draw();
  });
  addedSites.watch((a) => {
    added = a;
    refreshSite();
    draw();
  });
  heldDrafts.watch((d) => {
    state.heldDrafts = d.length;
    draw();
  });
  draw();
}

void main();
