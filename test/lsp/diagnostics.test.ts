import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { CORPUS, corpusText } from '../helpers/corpus';
import { applyLspEdits, freshServerPerTest, LspTestClient } from './client';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../examples/example-2023-annual-report.txt'), 'utf8');


describe('language server over stdio', function () {
  this.timeout(30000);
  let client: LspTestClient;
  freshServerPerTest('zh-cn', (c) => (client = c));

  it('publishes diagnostics with code, source and the range of the offending cell, and updates them after an edit', async () => {
    const uri = 'file:///work/example.txt';
    await client.open(uri, EXAMPLE);
    const first = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const total = first.diagnostics.find((d) => d.code === 'table-total')!;
    assert.ok(total, JSON.stringify(first.diagnostics.map((d) => d.code)));
    assert.equal(total.source, 'gov-report');
    assert.equal(total.message, '「本年新收」行「总计」列 应为 33（30+2+0+0+1+0），实为 34');
    const line = EXAMPLE.split('\n')[total.range.start.line];
    assert.equal(line.slice(total.range.start.character, total.range.end.character), '34');

    // Type the right total in: the table-total diagnostic goes away.
    await client.change(uri, 2, [{ range: total.range, text: '33' }]);
    const second = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(!second.diagnostics.some((d) => d.code === 'table-total'));
  });

  it('offers the quick fix as a versioned edit that changes exactly the cell', async () => {
    const uri = 'file:///work/example-fix.txt';
    await client.open(uri, EXAMPLE);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const total = diagnostics.find((d) => d.code === 'table-total') as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: total.range,
      context: { diagnostics: [total], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === '总计改为 33');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const change = fix.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    const fixed = applyLspEdits(EXAMPLE, change.edits);
    assert.equal(fixed.replace('\t33\n', '\t34\n'), EXAMPLE);
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'table-total'));

    // A fix computed for version 1 is not offered for version 2.
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: total.range, context: { diagnostics: [total] } });
    assert.ok(!stale.some((a) => a.title === '总计改为 33'));
  });

  it('gives corpus reports their findings and ordinary text none', async () => {
    await client.open('file:///c/sishui.txt', corpusText(CORPUS.sishui2020));
    const s = await client.waitForDiagnostics('file:///c/sishui.txt', (p) => p.diagnostics.some((d) => d.code === 'missing-table'));
    assert.ok(s.diagnostics.length > 0);
    await client.open('file:///c/notes.md', '# 会议记录\n\n一、议题\n今天讨论了预算。\n', 'markdown');
    const n = await client.waitForDiagnostics('file:///c/notes.md');
    assert.deepEqual(n.diagnostics, []);
  });

  it('speaks English when the client locale is English', async () => {
    const en = new LspTestClient();
    await en.start('en');
    try {
      await en.open('file:///e.txt', EXAMPLE);
      const p = await en.waitForDiagnostics('file:///e.txt', (x) => x.diagnostics.length > 0);
      assert.ok(p.diagnostics.some((d) => d.message === 'row "new requests", column "total" should be 33 (30+2+0+0+1+0), found 34'));
    } finally {
      await en.stop();
    }
  });

  it('honours a rule set to off in the settings, from the first publication on and after a change', async () => {
    const configured = new LspTestClient();
    configured.configuration = { rules: { 'table-total': 'off' } };
    await configured.start('zh-cn');
    try {
      await configured.open('file:///off.txt', EXAMPLE);
      const p = await configured.waitForDiagnostics('file:///off.txt', (x) => x.diagnostics.length > 0);
      assert.ok(!p.diagnostics.some((d) => d.code === 'table-total'));
      assert.ok(p.diagnostics.some((d) => d.code === 'table-balance'));
      configured.configuration = { rules: {} };
      await configured.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await configured.waitForDiagnostics('file:///off.txt', (x) => x.diagnostics.some((d) => d.code === 'table-total'));
    } finally {
      await configured.stop();
    }
  });

  it('keeps serving after empty, binary and malformed input', async () => {
    await client.open('file:///empty.txt', '');
    await client.open('file:///bin.txt', '\u0000\u0001\u0002\uFFFD'.repeat(1000));
    await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///unknown.txt' } });
    await client.request('textDocument/foldingRange', { textDocument: { uri: 'file:///unknown.txt' } });
    await client.open('file:///ok.txt', EXAMPLE);
    const p = await client.waitForDiagnostics('file:///ok.txt', (x) => x.diagnostics.length > 0);
    assert.ok(p.diagnostics.length > 0);
    assert.ok(client.alive);
  });
});
