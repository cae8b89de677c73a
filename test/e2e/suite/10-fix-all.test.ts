import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  describeDiagnostics,
  expectedLang,
  newReceivedRow,
  looksLike,
  openScratchCopy,
  pollUntil,
  waitForDiagnostics,
} from './helpers';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('gov-report');

/** Applies text edits (non-overlapping) to a string, as an editor would. */
function applyEdits(doc: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  const text = doc.getText();
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, doc.offsetAt(e.range.start)) + e.newText + out.slice(doc.offsetAt(e.range.end));
  return out;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  return `line ${line}: saved ${JSON.stringify(a.slice(Math.max(0, i - 20), i + 30))}, expected ${JSON.stringify(b.slice(Math.max(0, i - 20), i + 30))}`;
}

describe('source.fixAll.gov-report', () => {
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'plaintext' })
      .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await closeAllEditors();
  });

  it('is offered as a source action and, on save, applies exactly its edits', async () => {
    const doc = await openScratchCopy('linzi-office-2024-annual-report.txt', 'linzi-office-2024-fixall.txt');
    const uri = doc.uri;
    // Break the row-一 total of table 三 in the editor (12 -> 13), as a user would before saving.
    const { total } = newReceivedRow(doc);
    assert.strictEqual(doc.lineAt(total).text.trim(), '12');
    const col = doc.lineAt(total).text.indexOf('12');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(total, col, total, col + 2), '13');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-total'), 'table-total');

    const actions = await pollUntil(async () => {
      const a = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        new vscode.Range(0, 0, doc.lineCount, 0),
        FIX_ALL.value,
      );
      return a?.filter((x) => x.kind && FIX_ALL.contains(x.kind)).length ? a : undefined;
    }, 'the fix-all source action');
    const fixAll = actions.find((x) => x.kind && FIX_ALL.contains(x.kind))!;
    assert.ok(fixAll.edit, 'fix-all carries an edit');
    assert.ok(looksLike(expectedLang(), fixAll.title), `fix-all title not in ${expectedLang()}: ${fixAll.title}`);
    const entries = fixAll.edit.entries();
    assert.strictEqual(entries.length, 1);
    assert.strictEqual(entries[0][0].toString(), uri.toString());
    const expected = applyEdits(doc, entries[0][1]);
    assert.strictEqual(expected.split('\n')[total].trim(), '12', 'fix-all sets the broken total back');

    await vscode.workspace
      .getConfiguration('editor', { languageId: 'plaintext' })
      .update('codeActionsOnSave', { 'source.fixAll.gov-report': 'always' }, vscode.ConfigurationTarget.Workspace, true);
    const broken = doc.getText();
    assert.ok(await doc.save(), 'the document saved');
    const saved = doc.getText();
    assert.notStrictEqual(saved, broken, 'no fix was applied on save');
    assert.ok(saved === expected, `the saved document is not the fix-all result; first difference: ${firstDifference(saved, expected)}`);
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), expected, 'and that is what is on disk');
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'table-total'), 'table-total to go away');
    assert.ok(!after.some((d) => codeOf(d) === 'table-total'), describeDiagnostics(after));
  });
});
