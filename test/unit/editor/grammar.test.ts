import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { goldenText, tokenize, Token } from './grammar-harness';

// Golden token tests: each fixture's tokens are compared with fixtures/grammar/<name>.golden.
// After a deliberate grammar change: UPDATE_GOLDEN=1 npx mocha test/unit/editor/grammar.test.ts

const DIR = path.join(__dirname, 'fixtures/grammar');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

function scopesOf(lines: Token[][], line: number, text: string): string[] {
  const t = lines[line].find((x) => x.text === text);
  assert.ok(t, `no token ${JSON.stringify(text)} on line ${line + 1}: ${JSON.stringify(lines[line].map((x) => x.text))}`);
  return [...t.scopes];
}

describe('TextMate grammar (vscode-textmate + vscode-oniguruma)', () => {
  for (const name of fixtures) {
    it(`golden tokens: ${name}`, async () => {
      const source = readFileSync(path.join(DIR, name), 'utf8');
      const actual = goldenText(source, await tokenize(source));
      const golden = path.join(DIR, name.replace(/\.txt$/, '.golden'));
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, actual);
      assert.equal(actual, readFileSync(golden, 'utf8'));
    });
  }

  it('scopes headings by level, with the marker apart from the title', async () => {
    const lines = await tokenize(readFileSync(path.join(DIR, 'headings-and-prose.txt'), 'utf8'));
    assert.ok(scopesOf(lines, 0, '示例县人民政府办公室2024年政府信息公开工作年度报告').includes('markup.heading.title.gov-report'));
    assert.deepEqual(scopesOf(lines, 4, '一、'), ['markup.heading.1.gov-report', 'punctuation.definition.heading.gov-report']);
    assert.ok(scopesOf(lines, 4, '总体情况').includes('markup.heading.1.gov-report'));
    assert.ok(scopesOf(lines, 5, '（一）').includes('markup.heading.2.gov-report'));
    assert.ok(scopesOf(lines, 5, '主动公开').includes('markup.heading.2.gov-report'));
    assert.ok(scopesOf(lines, 6, '(二)').includes('markup.heading.2.gov-report'));
    assert.ok(scopesOf(lines, 7, '1.').includes('markup.heading.3.gov-report'));
    assert.ok(scopesOf(lines, 8, '2．').includes('markup.heading.3.gov-report'));
    assert.ok(scopesOf(lines, 9, '（1）').includes('markup.heading.4.gov-report'));
    // "1.2亿元" is a number, not a level-3 heading.
    assert.ok(!lines[14].some((t) => t.scopes.some((s) => s.startsWith('markup.heading'))));
  });

  it('scopes numbers with units, percentages, dates and document numbers', async () => {
    const lines = await tokenize(readFileSync(path.join(DIR, 'headings-and-prose.txt'), 'utf8'));
    assert.deepEqual(scopesOf(lines, 5, '1250'), ['constant.numeric.gov-report']);
    assert.deepEqual(scopesOf(lines, 5, '条'), ['keyword.other.unit.gov-report']);
    assert.deepEqual(scopesOf(lines, 5, '13.33%'), ['constant.numeric.percentage.gov-report']);
    assert.deepEqual(scopesOf(lines, 7, '55.88％'), ['constant.numeric.percentage.gov-report']);
    assert.deepEqual(scopesOf(lines, 2, '2024年1月1日'), ['constant.other.date.gov-report']);
    assert.deepEqual(scopesOf(lines, 9, '万元'), ['keyword.other.unit.gov-report']);
    assert.ok(scopesOf(lines, 2, '国办公开办函').includes('string.other.doc-number.gov-report'));
    assert.ok(scopesOf(lines, 12, '依据临政办字').includes('string.other.doc-number.gov-report'));
    assert.ok(scopesOf(lines, 12, '淄政发[2021]5号').includes('invalid.illegal.doc-number.gov-report'));
    assert.ok(scopesOf(lines, 12, '和某某办【2020】3号').includes('invalid.illegal.doc-number.gov-report'));
    assert.ok(scopesOf(lines, 2, '中华人民共和国政府信息公开条例').includes('string.quoted.other.title.gov-report'));
  });

  it('scopes table cells of both layouts, numeric cells apart', async () => {
    const word = await tokenize(readFileSync(path.join(DIR, 'table-word.txt'), 'utf8'));
    assert.deepEqual(scopesOf(word, 5, '30'), ['meta.table.cell.gov-report', 'constant.numeric.cell.gov-report']);
    assert.deepEqual(scopesOf(word, 6, '+3'), ['meta.table.cell.gov-report', 'constant.numeric.cell.gov-report']);
    assert.deepEqual(scopesOf(word, 8, '/'), ['meta.table.cell.gov-report', 'invalid.illegal.cell.gov-report']);
    assert.deepEqual(scopesOf(word, 4, '一、本年新收政府信息公开申请数量'), ['meta.table.cell.gov-report']);
    assert.deepEqual(scopesOf(word, 12, '[bookmark: _GoBack]'), ['meta.table.cell.gov-report', 'invalid.illegal.artifact.gov-report']);
    const md = await tokenize(readFileSync(path.join(DIR, 'table-markdown.txt'), 'utf8'));
    assert.deepEqual(scopesOf(md, 7, ' 12 '), ['meta.table.row.gov-report', 'constant.numeric.cell.gov-report']);
    assert.ok(scopesOf(md, 5, '|---|---|---|---|').includes('meta.table.alignment.gov-report'));
    assert.deepEqual(scopesOf(md, 4, '|'), ['meta.table.row.gov-report', 'punctuation.separator.table.cell.gov-report']);
  });

  it('marks Word artifacts and local paths as invalid', async () => {
    const lines = await tokenize(readFileSync(path.join(DIR, 'artifacts.txt'), 'utf8'));
    assert.deepEqual(scopesOf(lines, 0, '[image: C:\\Users\\zhangsan\\Desktop\\截图.png]'), ['invalid.illegal.artifact.gov-report']);
    assert.deepEqual(scopesOf(lines, 1, 'C:\\Users\\lisi\\Documents\\年报.docx'), ['invalid.illegal.local-path.gov-report']);
    assert.deepEqual(scopesOf(lines, 2, 'PAGE  '), ['invalid.illegal.artifact.gov-report']);
    assert.deepEqual(scopesOf(lines, 4, 'HYPERLINK'), ['invalid.illegal.artifact.gov-report']);
    assert.deepEqual(scopesOf(lines, 5, '\u200b'), ['invalid.illegal.artifact.gov-report']);
  });

  it('is the grammar package.json contributes for the gov-report language', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    const g = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'gov-report');
    assert.equal(g.scopeName, 'text.gov-report');
    assert.equal(path.resolve(__dirname, '../../..', g.path), path.resolve(__dirname, '../../../syntaxes/gov-report.tmLanguage.json'));
  });
});
