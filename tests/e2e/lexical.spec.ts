import { runEditorSuite } from './suites';

runEditorSuite({ name: 'Lexical', fixture: 'lexical.html', field: '[data-lexical-editor]' });
