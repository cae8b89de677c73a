import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  corpusFile,
  describeDiagnostics,
  expectedLang,
  newReceivedRow,
  openScratchCopy,
  waitForDiagnostics,
  withCode,
} from './helpers';

describe('quick fixes', () => {
  afterEach(closeAllEditors);

  it('table-total: the quick fix sets the total back and changes exactly that range', async () => {
    const original = (await vscode.workspace.openTextDocument(corpusFile('linzi-office-2024-annual-report.txt'))).getText();
    const doc = await openScratchCopy('linzi-office-2024-annual-report.txt', 'linzi-office-2024-quickfix.txt');
    const uri = doc.uri;
    const { total } = newReceivedRow(doc);
    assert.strictEqual(doc.lineAt(total).text.trim(), '12', 'the total of row 一 in table 三');
    const col = doc.lineAt(total).text.indexOf('12');
    const cell = new vscode.Range(total, col, total, col + 2);

    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, cell, '13');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = doc.getText();

    const diags = await waitForDiagnostics(
      uri,
      (d) => d.some((x) => codeOf(x) === 'table-total' && x.range.intersection(cell) !== undefined),
      'table-total at the edited total',
    );
    const diag = diags.find((x) => codeOf(x) === 'table-total' && x.range.intersection(cell) !== undefined)!;
    assert.ok(diag.range.isEqual(cell), `table-total range ${describeDiagnostics([diag])} is not the cell`);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = (actions ?? []).map((a) => a.title);
    const expectedTitle = expectedLang() === 'zh-cn' ? '总计改为 12' : 'Set total to 12';
    const fix = (actions ?? []).find((a): a is vscode.CodeAction => a.title === expectedTitle && 'kind' in a);
    assert.ok(fix, `no quick fix "${expectedTitle}" among: ${JSON.stringify(titles)}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind ${fix.kind?.value}`);
    assert.ok(
      !fix.diagnostics || fix.diagnostics.some((d) => codeOf(d) === 'table-total'),
      'the fix is tied to the table-total diagnostic',
    );

    // The fix edits exactly the total cell of this document.
    assert.ok(fix.edit, 'the quick fix carries a workspace edit');
    const entries = fix.edit.entries();
    assert.strictEqual(entries.length, 1, 'edits one document');
    assert.strictEqual(entries[0][0].toString(), uri.toString());
    assert.strictEqual(entries[0][1].length, 1, 'one text edit');
    assert.ok(entries[0][1][0].range.isEqual(cell), `edit range ${JSON.stringify(entries[0][1][0].range)} is not the cell`);
    assert.strictEqual(entries[0][1][0].newText, '12');

    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.strictEqual(doc.getText(), original, 'applying the fix restores the original text and nothing else');
    assert.notStrictEqual(edited, original);

    await waitForDiagnostics(
      uri,
      (d) => !d.some((x) => codeOf(x) === 'table-total'),
      'table-total to go away after the fix',
    );
    assert.deepStrictEqual(withCode(uri, 'table-total'), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
