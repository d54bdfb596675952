import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES } from './src/settings/sites';

// `npm run build:e2e` sets AMENDS_E2E=1: the content script then also runs on localhost
// fixture pages (the automation contract in the README). Normal builds never include these.
const e2e = process.env.AMENDS_E2E === '1';
const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  // preset-vite is typed against the top-level vite; WXT bundles its own copy of the same major.
  vite: () => ({ plugins: [preact() as never] }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the current tab's host when the user clicks the toolbar button.
    // scripting: content script for sites the user adds (src/background/sites.ts).
    // alarms + notifications: "remind me later" for held drafts (src/background/reminders.ts).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The same hosts the content script runs on (no extra install warning): lets the popup read the
    // tab's address there even when it was not opened by a click on the toolbar button.
    host_permissions: [...BUILT_IN_MATCHES, ...(e2e ? E2E_MATCHES : [])],
    // Asked for at runtime, one site at a time, when the user adds it on the options page.
    // MV2 (Firefox) has no optional_host_permissions: origins go in optional_permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
  }),
  hooks: {
    // The content script is an unlisted script (entrypoints/content-script.ts explains why), so it
    // is declared here: every frame of the built-in sites, about:blank frames included.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: [...BUILT_IN_MATCHES, ...(e2e ? E2E_MATCHES : [])],
          js: ['content-script.js'],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
        },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
});
