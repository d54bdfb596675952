import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BUILT_IN_MATCHES } from './src/settings/sites';

// `npm run build:e2e` sets AMENDS_E2E=1: the content script then also runs on localhost
// fixture pages (the automation contract in the README). Normal builds never include these.
const e2e = process.env.AMENDS_E2E === '1';
const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'";
// 142: the first Firefox (desktop 140, Android 142) that reads data_collection_permissions (Amends collects nothing).
const FIREFOX_SETTINGS = {
  gecko: { id: 'amends@amends-extension.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
};

/**
 * Amends never renders raw HTML (tests/unit/security.test.ts forbids dangerouslySetInnerHTML in
 * src/), so Preact's one `innerHTML = props.dangerouslySetInnerHTML.__html` is cut from the bundle:
 * no code path can write page or user text as HTML, and Mozilla's linter has nothing to warn about.
 * The build fails if a Preact update moves that line, rather than shipping it silently.
 */
const PREACT_RAW_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/;
const withoutPreactRawHtml = {
  name: 'amends:without-preact-raw-html',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id)) return null;
    if (!PREACT_RAW_HTML.test(code)) throw new Error(`Preact's raw-HTML assignment not found in ${id}: update wxt.config.ts`);
    return { code: code.replace(PREACT_RAW_HTML, '(void 0)'), map: null };
  },
};

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  // preset-vite is typed against the top-level vite; WXT bundles its own copy of the same major.
  // No modulepreload polyfill: extension pages run in browsers with native modulepreload, and the
  // polyfill is the bundle's only fetch() (tests/e2e/privacy.spec.ts allows none).
  vite: () => ({ plugins: [preact() as never, withoutPreactRawHtml], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, manifestVersion }) => ({
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
    // Extension pages run only their own bundled scripts: no remote code, no eval, no plugins.
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
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
