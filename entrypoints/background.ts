import { registerAnalysis } from '../src/background/analysis';
import { registerContentScriptLoader } from '../src/background/content-script';
import { registerReminders } from '../src/background/reminders';
import { registerAddedSites } from '../src/background/sites';

export default defineBackground(() => {
  // Listeners are registered synchronously so a message that wakes the service worker is answered.
  registerAnalysis();
  registerContentScriptLoader();
  registerReminders();
  registerAddedSites();
});
