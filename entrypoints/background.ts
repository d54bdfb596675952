import { registerAnalysis } from '../src/background/analysis';
import { registerReminders } from '../src/background/reminders';
import { registerAddedSites } from '../src/background/sites';

export default defineBackground(() => {
  // Listeners are registered synchronously so a message that wakes the service worker is answered.
  registerAnalysis();
  registerReminders();
  registerAddedSites();
});
