import { runEditorSuite } from './suites';

runEditorSuite({ name: 'Slate', fixture: 'slate.html', field: '[data-slate-editor]' });
