import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  DiagnosticsRecorder,
  closeAllEditors,
  corpusFile,
  describeDiagnostics,
  ours,
  openDoc,
  waitForDiagnostics,
  wsFile,
} from './helpers';

describe('activation and document selection', () => {
  after(closeAllEditors);

  it('the extension is present and activates', async () => {
    const ext = await activateExtension();
    assert.strictEqual(ext.packageJSON.main, './dist/client.js');
  });

  it('contributes the gov-report language', async () => {
    const langs = await vscode.languages.getLanguages();
    assert.ok(langs.includes('gov-report'), `gov-report not among languages: ${langs.length} known`);
  });

  it('a corpus report opened as plain text gets gov-report diagnostics; notes.txt and notes.md get none', async () => {
    // The server publishes (empty) diagnostics for every document it is sent, reports or not: wait for
    // its verdict on each file rather than for a fixed time.
    const recorder = new DiagnosticsRecorder();
    const notesTxt = await openDoc(wsFile('notes.txt'));
    const notesMd = await openDoc(wsFile('notes.md'));
    assert.strictEqual(notesTxt.languageId, 'plaintext');
    assert.strictEqual(notesMd.languageId, 'markdown');

    const uri = corpusFile('sishui-county-2020-annual-report.txt');
    const doc = await openDoc(uri);
    assert.strictEqual(doc.languageId, 'plaintext', 'a .txt report stays plain text; detection is by content');
    const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 'any gov-report diagnostic');
    assert.ok(diags.every((d) => d.source === 'gov-report'));

    try {
      for (const notes of [notesTxt, notesMd]) {
        const found = await recorder.published(notes.uri);
        assert.deepStrictEqual(found, [], `${notes.fileName} has diagnostics:\n${describeDiagnostics(found)}`);
      }
    } finally {
      recorder.dispose();
    }
  });
});
