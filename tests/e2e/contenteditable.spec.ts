import { runEditorSuite } from './suites';

runEditorSuite({ name: 'contenteditable', fixture: 'contenteditable.html', field: '#editor' });
