import { runEditorSuite } from './suites';

runEditorSuite({ name: 'Quill', fixture: 'quill.html', field: '.ql-editor' });
