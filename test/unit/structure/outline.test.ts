// Golden outline and folding results for the corpus live in test/golden/<corpus file>.{outline,folding}.json
// and are compared structurally (parsed JSON, deepEqual). After an intended change, regenerate them with
//   UPDATE_GOLDEN=1 npx mocha test/unit/structure/outline.test.ts
// and review the diff. Positions are 0-based [line, character] pairs in UTF-16 code units, as LSP has them.
import { strict as assert } from 'assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { outline, OutlineSymbol } from '../../../server/src/core/features/outline';
import { parseReport } from '../../../server/src/core/model/build';
import { ReportModel } from '../../../server/src/core/model/types';
import { contains, TextRange } from '../../../server/src/core/text/range';
import { CORPUS, corpusFiles, corpusText } from '../../helpers/corpus';
import { inLayout, LAYOUTS } from '../../helpers/lint';
import { synthetic } from './synthetic';

const GOLDEN_DIR = path.resolve(__dirname, '../../golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenSymbol {
  name: string;
  kind: string;
  detail?: string;
  range: number[];
  selection: number[];
  children?: GoldenSymbol[];
}

function span(model: ReportModel, r: TextRange): number[] {
  const a = model.lines.positionAt(r.start);
  const b = model.lines.positionAt(r.end);
  return [a.line, a.character, b.line, b.character];
}

function golden(model: ReportModel, s: OutlineSymbol): GoldenSymbol {
  return {
    name: s.name,
    kind: s.kind,
    ...(s.detail ? { detail: s.detail } : {}),
    range: span(model, s.range),
    selection: span(model, s.selectionRange),
    ...(s.children.length ? { children: s.children.map((c) => golden(model, c)) } : {}),
  };
}

function compare(file: string, actual: unknown): void {
  const target = path.join(GOLDEN_DIR, file);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    // Number arrays (positions, fold spans) on one line each, so that a diff shows what moved.
    const json = JSON.stringify(actual, null, 2).replace(/\[[\d,\s]+\]/g, (a) => a.replace(/\s+/g, ''));
    writeFileSync(target, json + '\n');
    return;
  }
  assert.ok(existsSync(target), `${target} is missing: run UPDATE_GOLDEN=1 npx mocha ${path.relative(process.cwd(), __filename)}`);
  assert.deepEqual(actual, JSON.parse(readFileSync(target, 'utf8')), `${file} differs from the golden file`);
}

/** LSP's rule for hierarchical symbols: the selection lies in the range, children lie in their parent. */
function assertNested(symbols: readonly OutlineSymbol[], parent?: OutlineSymbol): void {
  symbols.forEach((s, i) => {
    assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection outside range`);
    if (parent) assert.ok(contains(parent.range, s.range), `${s.name} lies outside ${parent.name}`);
    if (i > 0) assert.ok(symbols[i - 1].range.end <= s.range.start, `${s.name} overlaps its previous sibling`);
    assertNested(s.children, s);
  });
}

const names = (s: readonly OutlineSymbol[]) => s.map((x) => x.name);

describe('outline and folding', () => {
  for (const file of corpusFiles()) {
    it(`${file}: matches the golden outline and folding`, () => {
      const model = parseReport(corpusText(file));
      const symbols = outline(model);
      assertNested(symbols);
      compare(file.replace(/\.txt$/, '.outline.json'), symbols.map((s) => golden(model, s)));
      compare(file.replace(/\.txt$/, '.folding.json'), foldingRanges(model).map((f) => [f.startLine, f.endLine]));
    });
  }

  it('linzi-office-2024: one title over two lines → six parts → their headings, with 表二/表三/表四 inside parts 二/三/四', () => {
    const model = parseReport(corpusText(CORPUS.linziOffice2024));
    const [title] = outline(model);
    assert.equal(title.name, '临淄区人民政府办公室2024年政府信息公开工作年度报告');
    assert.deepEqual(span(model, title.selectionRange), [0, 0, 2, 4]);
    assert.equal(title.children.length, 6);
    assert.deepEqual(
      title.children.map((p) => names(p.children.filter((c) => c.kind === 'table'))),
      [[], ['表二 主动公开政府信息情况'], ['表三 收到和处理政府信息公开申请情况'], ['表四 政府信息公开行政复议、行政诉讼情况'], [], []],
    );
    assert.deepEqual(names(title.children[0].children), ['(一)主动公开', '(二)依申请公开', '(三)政府信息管理', '(四)政府信息公开平台建设', '(五)监督保障方面']);
  });

  it('the work plan: five parts with （一）…（二十六） under them', () => {
    const [title] = outline(parseReport(corpusText(CORPUS.workPlan)));
    assert.equal(title.children.length, 5);
    const subs = title.children.flatMap((p) => p.children);
    assert.equal(subs.length, 26);
    const markers = subs.map((x) => /^（[一二三四五六七八九十]+）/.exec(x.name)?.[0]);
    assert.deepEqual([markers[0], markers[6], markers[9], markers[25]], ['（一）', '（七）', '（十）', '（二十六）']);
    assert.ok(markers.every((m) => m !== undefined));
  });

  it('a report without a title shows its parts at the top, and shows a non-standard part title beside the template one', () => {
    const model = parseReport(corpusText(CORPUS.linzi2020));
    const parts = outline(model);
    assert.equal(parts.length, 6);
    assert.equal(parts[5].name, '六、需要报告的其他事项');
    assert.equal(parts[5].detail, '六、其他需要报告的事项');
  });

  for (const layout of LAYOUTS) {
    it(`folds the preamble, every part, heading section and table (${layout})`, () => {
      const text = inLayout(synthetic({ preamble: '本报告根据条例编制。\n\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。' }), layout);
      const model = parseReport(text);
      const folds = foldingRanges(model).map((f) => `${f.startLine}-${f.endLine}`);
      const line = (s: string) => text.split('\n').findIndex((l) => l.startsWith(s));
      assert.ok(folds.includes(`${line('本报告根据')}-${line('本报告所列')}`), `preamble: ${folds}`);
      for (const p of model.parts) assert.ok(folds.some((f) => f.startsWith(`${p.heading.line}-`)), `part ${p.number}`);
      for (const t of model.tables) assert.ok(folds.includes(`${model.lines.positionAt(t.range.start).line}-${model.lines.positionAt(t.range.end).line}`), `table ${t.kind}`);
      assertNested(outline(model));
      const kinds = outline(model)[0].children.flatMap((p) => p.children.filter((c) => c.kind === 'table').map((c) => c.name.slice(0, 2)));
      assert.deepEqual(kinds, ['表二', '表三', '表四']);
    });
  }
});
