import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { escapeHtml, outcomesSvg, summaryBody, summaryPage } from '../../../client/src/editor/summary-html';
import { reportSummary } from '../../../server/src/core/features/summary';
import { lint } from '../../../server/src/core/lint';
import { TextRange } from '../../../server/src/core/text/range';
import type { SummaryResult } from '../../../server/src/lsp/protocol';
import { CORPUS, corpusText } from '../../helpers/corpus';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');
const t = (m: string, ...args: (string | number)[]) => m.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));

function summaryOf(text: string, lang: 'zh-cn' | 'en' = 'zh-cn') {
  const { model, findings } = lint(text);
  return { model, summary: reportSummary(model, findings, lang, (r: TextRange) => r) };
}

/** The summary with LSP-like ranges, as the server sends it. */
function served(text: string, lang: 'zh-cn' | 'en' = 'zh-cn'): SummaryResult {
  const { model, findings } = lint(text);
  const s = reportSummary(model, findings, lang, (r) => model.lines.rangeToPositions(r));
  return { ...s, served: true, version: 1 };
}

describe('report summary', () => {
  it('recomputes the tables: failing cells carry the value the identity computes', () => {
    const { model, summary } = summaryOf(EXAMPLE);
    assert.equal(summary.year, 2023);
    assert.equal(summary.format.id, '2021');
    assert.equal(summary.format.source, '据表格内容判断');
    assert.deepEqual(summary.tables.map((x) => x.kind), ['active', 'requests', 'appeals']);
    const requests = summary.tables[1];
    assert.equal(requests.lens, '勾稽关系 2 处不成立');
    const first = requests.sections[0].rows[0];
    assert.equal(first.label, '一、本年新收政府信息公开申请数量');
    const total = first.cells[6];
    assert.equal(model.text.slice(total.range.start, total.range.end), '34');
    assert.equal(total.status, 'fail');
    assert.equal(total.expected, 33);
    assert.equal(first.cells[0].status, 'fail'); // a term of the failing row identity
    assert.ok(requests.sections[0].rows[2].cells.every((c) => c.status === 'ok'));
    // 表四 is shown as three groups of five.
    const appeals = summary.tables[2].sections[0];
    assert.deepEqual(appeals.columns, ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    assert.deepEqual(appeals.rows.map((r) => r.cells.map((c) => c.value)), [[1, 0, 0, 1, 2], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0]]);
    // 表二 keeps its sections.
    assert.deepEqual(summary.tables[0].sections.map((s) => s.caption), ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
  });

  it('lists each identity with its outcome and the places it fails', () => {
    const { model, summary } = summaryOf(EXAMPLE);
    const byId = new Map(summary.identities.map((i) => [i.id, i]));
    assert.deepEqual([...byId.keys()], ['T3-1', 'T3-2', 'T3-3', 'T4-1', 'T4-2', 'T4-3']);
    assert.equal(byId.get('T3-1')!.holds, false);
    assert.deepEqual(byId.get('T3-1')!.failures.map((f) => [f.where, f.leftSum, f.rightSum]), [['「总计」列', 37, 36]]);
    assert.equal(byId.get('T3-2')!.holds, true);
    assert.equal(byId.get('T3-2')!.checks, 7);
    const t33 = byId.get('T3-3')!;
    assert.deepEqual(t33.failures.map((f) => [f.where, f.leftSum, f.rightSum]), [['「本年新收」行', 33, 34]]);
    const r = t33.failures[0].range;
    assert.equal(model.text.slice(r.start, r.end), '34');
    assert.ok(['T4-1', 'T4-2', 'T4-3'].every((id) => byId.get(id)!.holds === true));
  });

  it('sums the request outcomes of 表三 from its 总计 column', () => {
    const { summary } = summaryOf(EXAMPLE);
    assert.deepEqual(
      summary.outcomes!.bars.map((b) => [b.label, b.value]),
      [['予以公开', 19], ['部分公开', 6], ['不予公开', 1], ['无法提供', 7], ['不予处理', 1], ['其他处理', 0], ['结转下年度', 2]],
    );
    assert.equal(summary.outcomes!.total, 34);
    for (const file of [CORPUS.linzi2020, CORPUS.linziOffice2024, CORPUS.sishui2020, CORPUS.zibo2021]) {
      const s = summaryOf(corpusText(file)).summary;
      const handled = s.outcomes!.bars.filter((b) => b.id !== 'carriedForward').reduce((a, b) => a + b.value, 0);
      assert.equal(handled, s.outcomes!.total, `${file}: the bars add up to （七）总计`);
    }
  });

  it('speaks English when asked', () => {
    const { summary } = summaryOf(EXAMPLE, 'en');
    assert.equal(summary.tables[1].name, 'Table 3: requests received and handled');
    assert.equal(summary.tables[1].lens, 'Identities: 2 failing');
    assert.equal(summary.identities[0].failures[0].where, 'column "total"');
    assert.equal(summary.outcomes!.bars[0].label, 'disclosed');
  });

  it('names the tables a report lacks', () => {
    const { summary } = summaryOf(corpusText(CORPUS.sishui2020));
    assert.deepEqual(summary.missingTables, []);
    const cut = EXAMPLE.slice(0, EXAMPLE.indexOf('四、政府信息公开行政复议'));
    assert.deepEqual(summaryOf(cut).summary.missingTables, ['表四 政府信息公开行政复议、行政诉讼情况']);
  });
});

describe('summary view HTML', () => {
  it('has a strict Content-Security-Policy and loads nothing', () => {
    const page = summaryPage(summaryBody(served(EXAMPLE), t), 'abc123', 'zh-cn', '报告概览');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.match(csp, /style-src 'nonce-abc123'/);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
    assert.doesNotMatch(page, /\b(src|href)="(?!#)/, 'no external resource or link');
    assert.doesNotMatch(page, /\sstyle="/, 'no inline style attributes (the CSP would block them)');
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.match(page, /<script nonce="abc123">/);
    assert.match(page, /var\(--vscode-foreground\)/);
  });

  it('shows ✓/✗ per identity, marks failing cells with their value and links them to the cell', () => {
    const body = summaryBody(served(EXAMPLE), t);
    assert.match(body, /<span class="fail" aria-label="fail">✗<\/span> <strong>T3-1<\/strong>/);
    assert.match(body, /<span class="ok" aria-label="ok">✓<\/span> <strong>T3-2<\/strong>/);
    const cell = /<td class="num fail" data-range="([^"]+)" tabindex="0" title="Should be 33">34 <span class="expected">→ 33<\/span><\/td>/.exec(body);
    assert.ok(cell, 'the failing total shows its recomputed value');
    const range = JSON.parse(cell[1].replace(/&quot;/g, '"'));
    assert.equal(EXAMPLE.split('\n')[range.start.line].slice(range.start.character, range.end.character), '34');
    assert.match(body, /<a href="#" class="reveal" data-range="[^"]+">「总计」列<\/a>: 37 ≠ 36/);
    assert.match(body, /<svg class="chart"/);
  });

  it('escapes document text', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&`), '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    const s = served(EXAMPLE);
    const body = summaryBody({ ...s, title: '<script>alert(1)</script>', agency: '"><img src=x>' } as SummaryResult, t);
    assert.doesNotMatch(body, /<img/);
    assert.doesNotMatch(body, /<script>/);
    assert.match(body, /&lt;script&gt;/);
  });

  it('draws one bar per outcome, scaled to the largest', () => {
    const svg = outcomesSvg([{ label: 'a', value: 10 }, { label: 'b', value: 5 }, { label: 'c', value: 0 }], t);
    const widths = [...svg.matchAll(/<rect class="bar"[^>]* width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 3);
    assert.ok(Math.abs(widths[1] - widths[0] / 2) < 0.01 && widths[2] === 0);
  });

  it('says so for a document that is not a report', () => {
    assert.match(summaryBody({ served: false }, t), /not checked as an annual report/);
  });
});
