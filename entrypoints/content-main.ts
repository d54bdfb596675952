/**
 * The rest of the content script, injected into a frame by the background when the loader
 * (entrypoints/content-script.ts) saw a text field get focus there.
 */
import { activateOnce } from '../src/content/activate';

export default defineUnlistedScript({
  globalName: false,
  main: activateOnce,
});
