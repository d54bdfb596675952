import { registerAnalysis } from '../src/background/analysis';

export default defineBackground(() => {
  // Listeners are registered synchronously so a message that wakes the service worker is answered.
  registerAnalysis();
});
