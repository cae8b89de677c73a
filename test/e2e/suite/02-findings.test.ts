import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  corpusFile,
  describeDiagnostics,
  expectedLang,
  lineIndex,
  newReceivedRow,
  looksLike,
  openDoc,
  openScratchCopy,
  waitForDiagnostics,
  withCode,
} from './helpers';

function assertInDocument(doc: vscode.TextDocument, d: vscode.Diagnostic): void {
  assert.ok(doc.validateRange(d.range).isEqual(d.range), `range outside the document: ${describeDiagnostics([d])}`);
}

describe('findings in the corpus', () => {
  afterEach(closeAllEditors);

  it('missing-table: sishui 2020 reports its empty table 4 inside part 4', async () => {
    const uri = corpusFile('sishui-county-2020-annual-report.txt');
    const doc = await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'missing-table'), 'missing-table');
    const found = withCode(uri, 'missing-table');
    const part4 = lineIndex(doc, /^\s*四、.*行政复议/);
    const part5 = lineIndex(doc, /^\s*五、/, part4 + 1);
    const inPart4 = found.filter((d) => d.range.start.line >= part4 && d.range.start.line < part5);
    assert.ok(
      inPart4.length > 0,
      `no missing-table finding between lines ${part4 + 1} and ${part5}:\n${describeDiagnostics(diags)}`,
    );
    for (const d of found) {
      assertInDocument(doc, d);
      assert.strictEqual(d.source, 'gov-report');
      assert.ok(looksLike(expectedLang(), d.message), `message not in ${expectedLang()}: ${d.message}`);
    }
  });

  it('table-shape: zibo hi-tech 2021 flags its 2019-style （六）其他处理 row', async () => {
    const uri = corpusFile('zibo-hitech-2021-annual-report.txt');
    const doc = await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-shape'), 'table-shape');
    const row = lineIndex(doc, /（六）其他处理/);
    const hit = withCode(uri, 'table-shape').filter((d) => d.range.start.line <= row && d.range.end.line >= row);
    assert.ok(hit.length > 0, `no table-shape finding covering line ${row + 1}:\n${describeDiagnostics(diags)}`);
    for (const d of hit) assertInDocument(doc, d);
    if (expectedLang() === 'zh-cn') assert.ok(hit.some((d) => d.message.includes('其他处理')), hit.map((d) => d.message).join('\n'));
  });

  it('cell-value: linzi district 2020 flags exactly the 1.47亿 cell', async () => {
    const uri = corpusFile('linzi-district-2020-annual-report.txt');
    const doc = await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'cell-value'), 'cell-value');
    const hit = withCode(uri, 'cell-value').filter((d) => doc.getText(d.range).includes('1.47亿'));
    assert.strictEqual(hit.length, 1, `expected one cell-value finding on 1.47亿:\n${describeDiagnostics(diags)}`);
    assert.strictEqual(doc.getText(hit[0].range).trim(), '1.47亿', 'the range is the cell, not the row');
    assert.ok(
      expectedLang() === 'zh-cn' ? hit[0].message.includes('单位') : /unit/i.test(hit[0].message),
      `unexpected message: ${hit[0].message}`,
    );
  });

  it('table-total and table-balance: an edited copy of linzi office 2024 gets each at the edited cell', async () => {
    const doc = await openScratchCopy('linzi-office-2024-annual-report.txt', 'linzi-office-2024-balance.txt');
    const uri = doc.uri;
    const { natural, total } = newReceivedRow(doc);
    assert.strictEqual(doc.lineAt(natural).text.trim(), '12');
    assert.strictEqual(doc.lineAt(total).text.trim(), '12');

    // Both the natural-person cell and the row total 12 -> 13: the row adds up, the table does not balance.
    const edit = new vscode.WorkspaceEdit();
    for (const line of [natural, total]) {
      const col = doc.lineAt(line).text.indexOf('12');
      edit.replace(uri, new vscode.Range(line, col, line, col + 2), '13');
    }
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-balance'), 'table-balance');
    assert.deepStrictEqual(withCode(uri, 'table-total'), [], `unexpected table-total:\n${describeDiagnostics(diags)}`);
    for (const d of withCode(uri, 'table-balance')) assertInDocument(doc, d);

    // Now break the row total only: table-total on exactly that cell.
    const edit2 = new vscode.WorkspaceEdit();
    const col = doc.lineAt(total).text.indexOf('13');
    edit2.replace(uri, new vscode.Range(total, col, total, col + 2), '14');
    assert.ok(await vscode.workspace.applyEdit(edit2));
    const after = await waitForDiagnostics(
      uri,
      (d) => d.some((x) => codeOf(x) === 'table-total' && x.range.start.line === total),
      'table-total on the edited total',
    );
    const hit = after.filter((x) => codeOf(x) === 'table-total' && x.range.start.line === total);
    assert.strictEqual(doc.getText(hit[0].range), '14', `range is not the cell:\n${describeDiagnostics(hit)}`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
