import type { Page } from 'playwright-core';
import { runEditorSuite } from './suites';

// The suite clicks the middle of the field, which in a reply is the quoted message: it types in
// the new-message window; tests/e2e/adapters.spec.ts covers the reply and its quote.
runEditorSuite({
  name: 'Gmail compose',
  fixture: 'gmail.html',
  field: '[id=":r2"]',
  readModel: (page: Page) => page.evaluate(() => (window as unknown as { readModel(id: string): string }).readModel(':r2')),
});
