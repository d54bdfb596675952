import { runEditorSuite } from './suites';

runEditorSuite({ name: 'textarea', fixture: 'textarea.html', field: '#editor' });
