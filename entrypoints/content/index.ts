import { startAmends } from '../../src/content';
import { BUILT_IN_MATCHES } from '../../src/settings/sites';

/** `npm run build:e2e` (AMENDS_E2E=1) also runs the script on local fixture pages; normal builds never do. */
const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];
const e2e = typeof process !== 'undefined' && process.env?.AMENDS_E2E === '1';

export default defineContentScript({
  matches: [...BUILT_IN_MATCHES, ...(e2e ? E2E_MATCHES : [])],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startAmends(ctx);
  },
});
