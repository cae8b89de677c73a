import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, corpusFile, expectedLang, lineIndex, newReceivedRow, openDoc, openScratchCopy, pollUntil } from './helpers';

async function lensesOf(uri: vscode.Uri, what: string, accept: (l: vscode.CodeLens[]) => boolean): Promise<vscode.CodeLens[]> {
  return pollUntil(async () => {
    const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    return l && accept(l) ? l : undefined;
  }, what);
}

function ours(lenses: vscode.CodeLens[]): vscode.CodeLens[] {
  return lenses.filter((l) => l.command && /勾稽关系|Identities/.test(l.command.title));
}

describe('code lens above tables', () => {
  afterEach(closeAllEditors);

  it('a clean report shows "all identities hold" lenses in the display language', async () => {
    const uri = corpusFile('linzi-office-2024-annual-report.txt');
    await openDoc(uri);
    const lenses = ours(await lensesOf(uri, 'identity lenses', (l) => ours(l).length >= 2));
    const re = expectedLang() === 'zh-cn' ? /^勾稽关系 (\d+)\/(\d+) 成立$/ : /^Identities: (\d+)\/(\d+) hold$/;
    for (const l of lenses) {
      const m = re.exec(l.command!.title);
      assert.ok(m, `lens title "${l.command!.title}" does not read ${re}`);
      assert.strictEqual(m[1], m[2], `not all identities hold: ${l.command!.title}`);
    }
  });

  it('after breaking a total the lens reports the failure and points at the cell', async () => {
    const doc = await openScratchCopy('linzi-office-2024-annual-report.txt', 'linzi-office-2024-lens.txt');
    const uri = doc.uri;
    const { total } = newReceivedRow(doc);
    const t3 = lineIndex(doc, /^三、收到和处理政府信息公开申请情况/);
    const col = doc.lineAt(total).text.indexOf('12');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(total, col, total, col + 2), '13');
    assert.ok(await vscode.workspace.applyEdit(edit));

    const failing = expectedLang() === 'zh-cn' ? /^勾稽关系 \d+ 处不成立$/ : /^Identities: \d+ failing$/;
    const lenses = await lensesOf(uri, 'a failing identity lens', (l) => ours(l).some((x) => failing.test(x.command!.title)));
    const lens = ours(lenses).find((x) => failing.test(x.command!.title))!;
    assert.ok(lens.range.start.line > t3, 'the failing lens sits on table 三');
    const args = lens.command!.arguments ?? [];
    // The lens reveals a cell of the broken row or column.
    const target = args.find((a: unknown) => a && typeof a === 'object' && 'start' in (a as object)) as
      | { start: { line: number } }
      | undefined;
    assert.ok(target, `lens command has no range argument: ${JSON.stringify(args)}`);
    assert.ok(target.start.line > t3, `lens target line ${target.start.line + 1} is not in table 三`);

    // Clicking the lens runs the client command that selects that cell.
    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    await vscode.commands.executeCommand(lens.command!.command, ...args);
    const editor = await pollUntil(
      () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === uri.toString() && e.selection.start.line === target.start.line ? e : undefined;
      },
      'the lens command to select the cell',
    );
    assert.strictEqual(editor.selection.start.line, target.start.line);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
