import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  corpusFile,
  describeDiagnostics,
  DiagnosticsRecorder,
  expectedLang,
  EXTENSION_ID,
  openDoc,
  pollUntil,
  scratchFile,
  waitForDiagnostics,
} from './helpers';

const LENS = /勾稽关系|Identities/;

async function identityLenses(uri: vscode.Uri, atLeast: number): Promise<string[]> {
  return pollUntil(async () => {
    const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = (l ?? []).map((x) => x.command?.title ?? '').filter((t) => LENS.test(t));
    return titles.length >= atLeast ? titles : undefined;
  }, `${atLeast} identity lenses on ${uri.toString()}`);
}

/**
 * Runs a command that shows a quick pick and accepts its first item (the tab-per-cell layout): the
 * quick pick appears asynchronously, so accept is retried until the command has finished.
 */
async function runAcceptingFirstPick(command: string): Promise<void> {
  let settled = false;
  let failure: unknown;
  const run = vscode.commands.executeCommand(command).then(
    () => (settled = true),
    (err: unknown) => {
      failure = err;
      settled = true;
    },
  );
  await pollUntil(async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return settled;
  }, `${command} to finish`);
  await run;
  if (failure) throw failure;
}

describe('commands', () => {
  afterEach(closeAllEditors);

  for (const [command, format] of [
    ['govReport.newReport2021', '2021'],
    ['govReport.newReport2019', '2019'],
  ] as const) {
    it(`${command} opens a ${format}-format skeleton that checks clean`, async () => {
      const recorder = new DiagnosticsRecorder();
      try {
        const opened = new Promise<vscode.TextDocument>((resolve) => {
          const sub = vscode.workspace.onDidOpenTextDocument((d) => {
            if (d.isUntitled && d.languageId === 'gov-report') {
              sub.dispose();
              resolve(d);
            }
          });
        });
        await runAcceptingFirstPick(command);
        const doc = await opened;
        assert.strictEqual(vscode.window.activeTextEditor?.document, doc, 'the new report is shown');
        const text = doc.getText();
        for (const part of ['一、', '二、', '三、', '四、', '五、', '六、']) {
          assert.ok(new RegExp(`^${part}`, 'm').test(text), `part ${part} missing from the skeleton`);
        }
        assert.ok(/^\t/m.test(text), 'tables are written tab-per-cell');
        const found = await recorder.published(doc.uri);
        assert.deepStrictEqual(found.map((d) => d.code), [], `the skeleton has findings:\n${describeDiagnostics(found)}`);
        const lenses = await identityLenses(doc.uri, 2);
        const hold = expectedLang() === 'zh-cn' ? /^勾稽关系 (\d+)\/\1 成立$/ : /^Identities: (\d+)\/\1 hold$/;
        for (const l of lenses) assert.ok(hold.test(l), `lens "${l}"`);
      } finally {
        recorder.dispose();
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  }

  it('govReport.treatAsReport switches a file to the gov-report language and it gets checked', async () => {
    // Not recognised as a report from its content: a bare part heading list without a title.
    const uri = scratchFile('draft.txt', '草稿\n\n一、总体情况\n\n本年度工作情况待补充。\n');
    const recorder = new DiagnosticsRecorder();
    try {
      const doc = await openDoc(uri);
      assert.strictEqual(doc.languageId, 'plaintext');
      assert.deepStrictEqual(await recorder.published(uri), [], 'the draft is not checked as plain text');
      await vscode.commands.executeCommand('govReport.treatAsReport', uri);
      await pollUntil(
        () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId === 'gov-report',
        'the language to become gov-report',
      );
      const found = await waitForDiagnostics(uri, (d) => d.length > 0, 'findings once treated as a report');
      assert.ok(found.every((d) => d.source === 'gov-report'));
    } finally {
      recorder.dispose();
    }
  });

  it('govReport.convertTablesToMarkdown rewrites the tables as pipe tables with the same identities', async () => {
    const original = (await vscode.workspace.openTextDocument(corpusFile('linzi-office-2024-annual-report.txt'))).getText();
    const uri = scratchFile('linzi-office-2024-convert.txt', original);
    await openDoc(uri);
    const before = await identityLenses(uri, 2);
    await vscode.commands.executeCommand('govReport.convertTablesToMarkdown');
    const doc = await pollUntil(() => {
      const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
      return d && d.getText() !== original ? d : undefined;
    }, 'the document to change');
    assert.ok(/^\|.*\|\s*$/m.test(doc.getText()), 'no Markdown pipe table in the converted text');
    const after = await pollUntil(async () => {
      const titles = await identityLenses(uri, before.length);
      return titles.join('|') === before.join('|') ? titles : undefined;
    }, `the same lenses after conversion (before: ${before.join(' / ')})`);
    assert.deepStrictEqual(after, before);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('command titles follow the display language', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const commands = (ext.packageJSON.contributes.commands as { command: string; title: unknown }[]) ?? [];
    const cmd = commands.find((c) => c.command === 'govReport.newReport2021');
    assert.ok(cmd, 'govReport.newReport2021 is contributed');
    // VS Code hands localized titles to the extension host as { value, original }.
    const title = typeof cmd.title === 'string' ? cmd.title : (cmd.title as { value: string }).value;
    if (expectedLang() === 'zh-cn') assert.ok(/[\u4e00-\u9fff]/.test(title) && title.includes('2021'), title);
    else assert.strictEqual(title, 'New annual report (2021 format)');
  });
});
