import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES } from './src/settings/sites';

// `npm run build:e2e` sets AMENDS_E2E=1: the content script then also runs on localhost
// fixture pages (the automation contract in the README). Normal builds never include these.
const e2e = process.env.AMENDS_E2E === '1';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  // preset-vite is typed against the top-level vite; WXT bundles its own copy of the same major.
  vite: () => ({ plugins: [preact() as never] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the current tab's host when the user clicks the toolbar button.
    // scripting: content script for sites the user adds (src/background/sites.ts).
    // alarms + notifications: "remind me later" for held drafts (src/background/reminders.ts).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The same hosts the content script runs on (no extra install warning): lets the popup read the
    // tab's address there even when it was not opened by a click on the toolbar button.
    host_permissions: [...BUILT_IN_MATCHES, ...(e2e ? ['http://localhost/*', 'http://127.0.0.1/*'] : [])],
    // Asked for at runtime, one site at a time, when the user adds it on the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
});
