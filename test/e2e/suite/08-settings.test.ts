import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  corpusFile,
  describeDiagnostics,
  expectedLang,
  lineIndex,
  openDoc,
  scratchFile,
  waitForDiagnostics,
  withCode,
} from './helpers';

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('govReport').update('rules', value, vscode.ConfigurationTarget.Workspace);
}

describe('settings: govReport.rules', () => {
  let uri: vscode.Uri;
  let totalLine = -1;

  before(async () => {
    const original = (await vscode.workspace.openTextDocument(corpusFile('linzi-office-2024-annual-report.txt'))).getText();
    // A copy whose row-一 total in table 三 is 13 instead of 12: one table-total finding.
    const lines = original.split('\n');
    const t3 = lines.findIndex((l) => /^三、收到和处理政府信息公开申请情况/.test(l));
    const row = lines.findIndex((l, i) => i > t3 && l.includes('一、本年新收政府信息公开申请数量'));
    totalLine = row + 7;
    assert.strictEqual(lines[totalLine].trim(), '12');
    lines[totalLine] = lines[totalLine].replace('12', '13');
    uri = scratchFile('linzi-office-2024-settings.txt', lines.join('\n'));
  });

  afterEach(async () => {
    await setRules(undefined);
  });
  after(closeAllEditors);

  it('"off" removes a rule\'s findings without a reload, and removing the setting brings them back', async () => {
    const doc = await openDoc(uri);
    assert.strictEqual(lineIndex(doc, /^\s*13\s*$/, totalLine), totalLine);
    const before = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-total'), 'table-total');
    const others = before.filter((d) => codeOf(d) !== 'table-total').length;
    assert.ok(others > 0, 'the copy has findings of other rules too');

    await setRules({ 'table-total': 'off' });
    const off = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'table-total'), 'table-total to go away');
    assert.strictEqual(off.length, others, `only table-total went away:\n${describeDiagnostics(off)}`);

    await setRules(undefined);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-total'), 'table-total to come back');
  });

  it('a severity override changes the severity; "default" applies to the rules not named', async () => {
    await openDoc(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-total'), 'table-total');
    assert.strictEqual(withCode(uri, 'table-total')[0].severity, vscode.DiagnosticSeverity.Error);

    await setRules({ 'table-total': 'hint' });
    await waitForDiagnostics(
      uri,
      (d) => d.some((x) => codeOf(x) === 'table-total' && x.severity === vscode.DiagnosticSeverity.Hint),
      'table-total as a hint',
    );

    await setRules({ default: 'off', 'table-total': 'warning' });
    const only = await waitForDiagnostics(
      uri,
      (d) => d.length > 0 && d.every((x) => codeOf(x) === 'table-total' && x.severity === vscode.DiagnosticSeverity.Warning),
      'only table-total, as a warning',
    );
    assert.ok(only.length >= 1);
  });

  it('the "disable this rule" quick fix writes the setting and the findings go away', async () => {
    await openDoc(uri);
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'table-total'), 'table-total');
    const diag = diags.find((x) => codeOf(x) === 'table-total')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const title = expectedLang() === 'zh-cn' ? '停用此规则（table-total）' : 'Disable this rule (table-total)';
    const disable = (actions ?? []).find((a) => a.title === title);
    assert.ok(disable?.command, `no "${title}" among ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'table-total'), 'table-total to go away');
    const rules = vscode.workspace.getConfiguration('govReport').inspect<Record<string, string>>('rules')?.workspaceValue;
    assert.deepStrictEqual(rules, { 'table-total': 'off' });
  });
});
