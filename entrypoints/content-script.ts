/**
 * The content script the manifest declares (wxt.config.ts adds it: the built-in sites, every
 * frame, plus localhost for `npm run build:e2e`). It only waits for a text field to get focus;
 * see src/content/boot.ts. An unlisted script rather than a WXT content-script entrypoint because
 * WXT's wrapper builds a context that calls extension APIs and posts a message to the page at
 * start-up: milliseconds on every page, and a signal that tells pages Amends is installed.
 */
import { boot } from '../src/content/boot';

export default defineUnlistedScript({
  globalName: false,
  main: boot,
});
