import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  corpusFile,
  lineIndex,
  openDoc,
  pollUntil,
  waitForDiagnostics,
  wsFile,
} from './helpers';

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

/** Document symbols, once the server has answered with some (the first request may race activation). */
async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return pollUntil(async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return s && s.length > 0 ? s : undefined;
  }, `document symbols of ${uri.path}`);
}

async function foldsOf(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  return pollUntil(async () => {
    const f = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    return f && f.length > 0 ? f : undefined;
  }, `folding ranges of ${uri.path}`);
}

const PARTS = ['一', '二', '三', '四', '五', '六'];

describe('outline and folding', () => {
  afterEach(closeAllEditors);

  it('a report has its six parts in the outline, in order, with tables under parts 二, 三, 四', async () => {
    const uri = corpusFile('linzi-office-2024-annual-report.txt');
    const doc = await openDoc(uri);
    const all = flatten(await symbolsOf(uri));
    for (const s of all) {
      assert.ok(s.range.contains(s.selectionRange), `symbol ${s.name}: selection outside its range`);
      assert.ok(doc.validateRange(s.range).isEqual(s.range), `symbol ${s.name}: range outside the document`);
    }
    const parts = PARTS.map((n) => {
      const p = all.find((s) => s.name.startsWith(`${n}、`));
      assert.ok(p, `no symbol for part ${n}、 among: ${all.map((s) => s.name).join(' | ')}`);
      return p;
    });
    for (let i = 1; i < parts.length; i++) {
      assert.ok(parts[i - 1].range.start.isBefore(parts[i].range.start), `part ${PARTS[i]} is out of order`);
    }
    // Each part's symbol starts at its heading line in the text.
    for (const p of parts) {
      const line = doc.lineAt(p.selectionRange.start.line).text;
      assert.ok(line.includes(p.name.slice(0, 2)), `part symbol ${p.name} selects line "${line}"`);
    }
    for (const i of [1, 2, 3]) {
      const tables = flatten(parts[i].children ?? []).filter((s) => s.kind === vscode.SymbolKind.Struct);
      assert.ok(tables.length > 0, `part ${PARTS[i]} has no table symbol: ${parts[i].children.map((c) => c.name).join(' | ')}`);
    }
    // Sub-headings such as （一）主动公开 sit under part 一.
    assert.ok(
      flatten(parts[0].children ?? []).some((s) => /^[（(]一[）)]/.test(s.name)),
      `part 一 has no （一） child: ${parts[0].children.map((c) => c.name).join(' | ')}`,
    );
  });

  it('a report folds at every part heading and at table 三', async () => {
    const uri = corpusFile('linzi-office-2024-annual-report.txt');
    const doc = await openDoc(uri);
    const folds = await foldsOf(uri);
    for (const f of folds) assert.ok(f.end > f.start && f.end < doc.lineCount, `bad fold ${f.start}-${f.end}`);
    for (const n of PARTS.slice(0, 5)) {
      const heading = lineIndex(doc, new RegExp(`^${n}、`));
      assert.ok(
        folds.some((f) => f.start === heading),
        `no fold starting at part ${n}、 (line ${heading + 1}); folds: ${folds.map((f) => `${f.start + 1}-${f.end + 1}`).join(' ')}`,
      );
    }
    const t3 = lineIndex(doc, /^三、收到和处理政府信息公开申请情况/);
    const t4 = lineIndex(doc, /^四、/, t3);
    assert.ok(
      folds.some((f) => f.start > t3 && f.end < t4 && f.end - f.start > 50),
      'no fold for the table inside part 三',
    );
  });

  it('the work plan (工作要点) gets an outline and folds, and no table findings', async () => {
    const uri = corpusFile('linzi-2021-work-plan.txt');
    const doc = await openDoc(uri);
    const all = flatten(await symbolsOf(uri));
    const first = lineIndex(doc, /^一、夯实政务公开工作基础/);
    assert.ok(
      all.some((s) => s.name.startsWith('一、夯实政务公开工作基础') && s.selectionRange.start.line === first),
      `no symbol for 一、夯实政务公开工作基础: ${all.map((s) => s.name).join(' | ')}`,
    );
    const folds = await foldsOf(uri);
    assert.ok(folds.some((f) => f.start === first), 'no fold at the first part of the work plan');
    const table = vscode.languages
      .getDiagnostics(uri)
      .filter((d) => d.source === 'gov-report' && /^(table-|missing-table|cell-value)/.test(codeOf(d)));
    assert.deepStrictEqual(table.map((d) => codeOf(d)), [], 'table findings on the work plan');
  });

  it('an ordinary text file has no outline from us', async () => {
    const uri = wsFile('notes.txt');
    await openDoc(uri);
    // Make sure the server has processed the file: open a report after it and wait for its diagnostics.
    const report = corpusFile('sishui-county-2020-annual-report.txt');
    await openDoc(report);
    await waitForDiagnostics(report, (d) => d.length > 0, 'diagnostics on the report');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual((symbols ?? []).map((s) => s.name), []);
  });
});
