import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { lint } from '../../../server/src/core/lint';
import { diagnosticsFor, publishedFindings } from '../../../server/src/lsp/problem-limit';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');

describe('published problems per document (govReport.maxNumberOfProblems)', () => {
  const { model, findings } = lint(EXAMPLE);
  const severities = new Set(findings.map((f) => f.severity));

  it('the example has findings of several severities to choose from', () => {
    assert.ok(findings.length > 6 && severities.has('error') && severities.size >= 2, `${findings.length} findings`);
  });

  it('keeps everything within the limit, and with 0', () => {
    assert.equal(publishedFindings(findings, findings.length).shown, findings);
    assert.equal(publishedFindings(findings, 0).shown, findings);
    assert.equal(diagnosticsFor(findings, model, 'file:///e.txt', 1, 'en', 0).length, findings.length);
  });

  it('keeps the most severe first, each severity in document order, and says how many are left out', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    const max = errors.length + 1;
    const { shown, hidden } = publishedFindings(findings, max);
    assert.equal(hidden, findings.length - max);
    assert.equal(shown.filter((f) => f.severity === 'error').length, errors.length, 'every error is shown');
    const next = findings.find((f) => f.severity === 'warning') ?? findings.find((f) => f.severity !== 'error')!;
    assert.ok(shown.includes(next), 'then the first finding of the next severity');
    assert.deepEqual(shown, [...shown].sort((a, b) => a.range.start - b.range.start), 'in document order');

    const zh = diagnosticsFor(findings, model, 'file:///e.txt', 1, 'zh-cn', max);
    assert.equal(zh.length, max + 1);
    const notice = zh[zh.length - 1];
    assert.equal(notice.message, `另有 ${hidden} 处问题未显示（每个文档最多显示 ${max} 处，见设置 govReport.maxNumberOfProblems）；命令行 gov-report-lint 可列出全部。`);
    assert.deepEqual(notice.range.start, { line: 0, character: 0 });
    assert.equal(notice.source, 'gov-report');
    assert.match(String(diagnosticsFor(findings, model, 'file:///e.txt', 1, 'en', max).at(-1)!.message), new RegExp(`^${hidden} more problems not shown`));
  });
});
