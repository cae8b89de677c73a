import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, corpusFile, expectedLang, openDoc, pollUntil } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

async function hoverAt(uri: vscode.Uri, pos: vscode.Position, what: string, accept: (text: string) => boolean): Promise<vscode.Hover[]> {
  return pollUntil(async () => {
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
    return h && h.length && accept(hoverText(h)) ? h : undefined;
  }, what);
}

describe('hover on prose numbers', () => {
  afterEach(closeAllEditors);

  it('a count in the prose shows the table cells it restates', async () => {
    const uri = corpusFile('linzi-office-2024-annual-report.txt');
    const doc = await openDoc(uri);
    const at = doc.getText().indexOf('共收到政府信息公开申请12件');
    assert.ok(at >= 0);
    const offset = at + '共收到政府信息公开申请'.length;
    const pos = doc.positionAt(offset + 1);
    const agree = expectedLang() === 'zh-cn' ? '✓ 与表格一致' : '✓ agrees with the table';
    const hovers = await hoverAt(uri, pos, 'a hover on 12件', (t) => t.includes(agree));
    const text = hoverText(hovers);
    assert.ok(text.includes(expectedLang() === 'zh-cn' ? '表三' : 'table 3'), text);
    const ours = hovers.find((h) => hoverText([h]).includes(agree))!;
    assert.ok(ours.range, 'the hover has a range');
    assert.ok(ours.range.contains(pos), 'the hover range covers the number');
    assert.strictEqual(doc.getText(ours.range).includes('12'), true, `hover range text: ${doc.getText(ours.range)}`);
  });

  it('a percentage in the prose shows the computation', async () => {
    const uri = corpusFile('linzi-office-2024-annual-report.txt');
    const doc = await openDoc(uri);
    const at = doc.getText().indexOf('占35.71%');
    assert.ok(at >= 0);
    const pos = doc.positionAt(at + 2);
    const hovers = await hoverAt(uri, pos, 'a hover on 35.71%', (t) => t.includes('5 ÷ 14'));
    const text = hoverText(hovers);
    assert.ok(/5 ÷ 14 = 35\.714% → 35\.71% ✓/.test(text), text);
    assert.ok(expectedLang() === 'zh-cn' ? text.includes('答复总数') : text.includes('requests answered'), text);
  });

  it('no hover from us on ordinary prose', async () => {
    const uri = corpusFile('linzi-office-2024-annual-report.txt');
    const doc = await openDoc(uri);
    // Make sure the server is serving the document (the count hover appears) before asserting absence.
    const at = doc.getText().indexOf('共收到政府信息公开申请12件') + '共收到政府信息公开申请'.length;
    await hoverAt(uri, doc.positionAt(at + 1), 'the server to serve hovers', (t) => t.includes('12'));
    const plain = doc.positionAt(doc.getText().indexOf('认真贯彻落实') + 2);
    const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, plain);
    assert.deepStrictEqual(h.map((x) => hoverText([x])), []);
  });
});
