import { runEditorSuite } from './suites';

runEditorSuite({ name: 'ProseMirror', fixture: 'prosemirror.html', field: '.ProseMirror' });
