import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { corpusFile, openDoc, pollUntil, waitForDiagnostics, wsFile } from './helpers';

/**
 * First suite, so that only this report is open and the Problems view lists its findings alone:
 * leaves a corpus report with its diagnostics in the Problems view on screen. Under the code-server
 * runner (GOV_REPORT_E2E_SCREENSHOT=1) it asks the runner for a screenshot by writing
 * `.e2e-screenshot-request` into the workspace and waits until the runner confirms.
 */
describe('workbench screenshot', () => {
  it('shows a corpus report and its diagnostics in the Problems view', async function () {
    const uri = corpusFile('linzi-district-2020-annual-report.txt');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics to show');
    const first = diags.reduce((a, b) => (a.range.start.isBefore(b.range.start) ? a : b));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(first.range.start, first.range.start);
    editor.revealRange(first.range, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Keep the editor focused so the cursor's line is visible next to the Problems view.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');

    if (process.env.GOV_REPORT_E2E_SCREENSHOT !== '1') return;
    const request = wsFile('.e2e-screenshot-request').fsPath;
    const done = request + '.done';
    fs.rmSync(done, { force: true });
    fs.writeFileSync(request, uri.fsPath);
    await pollUntil(() => fs.existsSync(done), 'the runner to take the screenshot', 60_000, 100);
  });
});
