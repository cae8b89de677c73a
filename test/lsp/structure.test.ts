import { strict as assert } from 'assert';
import { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, SymbolKind, TextEdit } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/core/lint';
import { CORPUS, corpusText } from '../helpers/corpus';
import { applyLspEdits, freshServerPerTest, LspTestClient } from './client';

/** Applies LSP edits (LF text) from the last to the first. */

/** The text of linzi-office-2024 without its part 三 (heading, table and all). */
function withoutPartThree(text: string): string {
  const { parts } = lint(text).model;
  const i = parts.findIndex((p) => p.template?.number === 3);
  return text.slice(0, parts[i].heading.lineRange.start) + text.slice(parts[i + 1].heading.lineRange.start);
}

describe('language server: outline, folding and structure quick fixes', function () {
  this.timeout(30000);
  let client: LspTestClient;
  freshServerPerTest('zh-cn', (c) => (client = c));

  it('serves the hierarchical outline: title → six parts → headings, with 表二/表三/表四 in their parts', async () => {
    const uri = 'file:///c/linzi-office-2024.txt';
    await client.open(uri, corpusText(CORPUS.linziOffice2024));
    await client.waitForDiagnostics(uri);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 1);
    const [title] = symbols;
    assert.equal(title.name, '临淄区人民政府办公室2024年政府信息公开工作年度报告');
    assert.equal(title.kind, SymbolKind.File);
    assert.deepEqual([title.selectionRange.start.line, title.selectionRange.end.line], [0, 2]);
    assert.deepEqual(title.children!.map((p) => p.name.slice(0, 2)), ['一、', '二、', '三、', '四、', '五、', '六、']);
    const table = title.children![2].children!.find((c) => c.kind === SymbolKind.Struct)!;
    assert.equal(table.name, '表三 收到和处理政府信息公开申请情况');
    assert.equal(title.children![0].children!.length, 5);

    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const part3 = title.children![2];
    assert.ok(folds.some((f) => f.startLine === part3.range.start.line && f.endLine === part3.range.end.line));
    assert.ok(folds.some((f) => f.startLine === table.range.start.line && f.endLine === table.range.end.line));
  });

  it('offers the heading-numbering fix (half-width brackets → （一）) as a versioned edit', async () => {
    const uri = 'file:///c/office-numbering.txt';
    const text = corpusText(CORPUS.linziOffice2024);
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'heading-numbering'));
    const numbering = diagnostics.filter((d) => d.code === 'heading-numbering');
    assert.equal(numbering.length, 5);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: numbering[0].range,
      context: { diagnostics: [numbering[0]], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === '改为「（一）」');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const change = fix.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    const fixed = applyLspEdits(text, change.edits);
    assert.equal(fixed.split('\n')[7].slice(0, 5), '（一）主动');
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    assert.equal(after.diagnostics.filter((d) => d.code === 'heading-numbering').length, 4);
  });

  it('offers missing-part with the heading and a clean zero-filled 表三, through code actions', async () => {
    const uri = 'file:///c/office-no-three.txt';
    const text = withoutPartThree(corpusText(CORPUS.linziOffice2024));
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'missing-part'));
    const missing = diagnostics.filter((d) => d.code === 'missing-part') as Diagnostic[];
    assert.equal(missing.length, 1);
    assert.equal(missing[0].message, '缺少第三部分「三、收到和处理政府信息公开申请情况」（应在此部分之前）');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing[0].range, context: { diagnostics: missing } });
    const fix = actions.find((a) => a.title === '插入「三、收到和处理政府信息公开申请情况」及全零的表三')!;
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const change = fix.edit!.documentChanges![0] as { edits: TextEdit[] };
    await client.change(uri, 2, [{ text: applyLspEdits(text, change.edits) }]);
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 2);
    const codes = after.diagnostics.map((d) => String(d.code));
    assert.ok(!codes.includes('missing-part'), codes.join());
    assert.deepEqual(codes.filter((c) => /^(table-|missing-table|cell-value)/.test(c)), []);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols[0].children![2].children!.some((c) => c.name === '表三 收到和处理政府信息公开申请情况'));
  });
});
