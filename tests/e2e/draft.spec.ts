import { runEditorSuite } from './suites';

runEditorSuite({ name: 'Draft.js', fixture: 'draft.html', field: '.public-DraftEditor-content' });
