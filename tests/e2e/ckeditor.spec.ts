import { runEditorSuite } from './suites';

runEditorSuite({ name: 'CKEditor 5', fixture: 'ckeditor.html', field: '.ck-editor__editable' });
