import { strict as assert } from 'assert';
import { applyEdits } from '../../../server/src/core/fix/apply';
import { lint } from '../../../server/src/core/lint';
import { HYGIENE_RULES } from '../../../server/src/core/rules/hygiene';
import { findDocNumbers } from '../../../server/src/core/rules/hygiene/doc-numbers';
import { Finding } from '../../../server/src/core/rules/types';
import { CORPUS, corpusFiles, corpusText } from '../../helpers/corpus';
import { byRule } from '../../helpers/lint';

// Expectations are written as line numbers and shapes, computed from the corpus at run time: the
// corpus is not copied here (and the private data it leaks must not be repeated in this repository).

const HYGIENE = new Set(HYGIENE_RULES.map((r) => r.meta.id));
const at = (text: string, f: Finding) => text.slice(f.range.start, f.range.end);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
const hygiene = (text: string) => lint(text).findings.filter((f) => HYGIENE.has(f.rule));
const summary = (text: string) => hygiene(text).map((f) => `${f.rule}@${lineOf(text, f.range.start)}`);

describe('hygiene rules on the corpus', () => {
  it('linzi-district-2020: the QQ image line gives word-artifact and private-info naming the QQ number and the Windows account', () => {
    const text = corpusText(CORPUS.linzi2020);
    const start = text.indexOf('[image: C:\\');
    assert.ok(start > 0);
    const qq = /Tencent\\Users\\(\d+)\\QQ/.exec(text)![1];
    const account = /C:\\Users\\([^\\]+)\\/.exec(text)![1];
    const line = lineOf(text, start);
    const onLine = hygiene(text).filter((f) => lineOf(text, f.range.start) === line);
    assert.deepEqual(onLine.map((f) => f.rule).sort(), ['private-info', 'word-artifact']);
    const [artifact] = onLine.filter((f) => f.rule === 'word-artifact');
    const [privacy] = onLine.filter((f) => f.rule === 'private-info');
    assert.equal(artifact.severity, 'error');
    assert.match(at(text, artifact), /^\[image: C:\\Users\\[^\n]*\]\n$/);
    assert.ok(privacy.message.zh.includes(`QQ 号 ${qq}`) && privacy.message.zh.includes(`Windows 用户名「${account}」`), privacy.message.zh);
    assert.ok(privacy.message.en.includes(`QQ number ${qq}`) && privacy.message.en.includes(`"${account}"`), privacy.message.en);
  });

  it('linzi-district-2020: the [bookmark: _GoBack]+3 cell gives word-artifact; fixed, the cell reads +3 and nothing else changes', () => {
    const text = corpusText(CORPUS.linzi2020);
    const cellOf = (t: string) =>
      lint(t)
        .model.tables.flatMap((tb) => tb.dataRows.flatMap((r) => r.values))
        .find((c) => c.range.start <= t.indexOf('+3') && t.indexOf('+3') < c.range.end)!;
    assert.equal(cellOf(text).reading.bookmark, true);
    const [f] = byRule(text, 'word-artifact').filter((x) => at(text, x) === '[bookmark: _GoBack]');
    assert.ok(f, 'no word-artifact on the bookmark');
    const fixed = applyEdits(text, f.fix!.edits);
    assert.equal(fixed, text.replace('[bookmark: _GoBack]+3', '+3'));
    const cell = cellOf(fixed);
    assert.equal(cell.text, '+3');
    assert.equal(cell.value, 3);
    assert.equal(cell.reading.bookmark, false);
  });

  it("the work plan's trailing PAGE / 48 gives word-artifact, and sishui-county-2020's [image: image7.png] too", () => {
    const plan = corpusText(CORPUS.workPlan);
    const page = byRule(plan, 'word-artifact');
    assert.deepEqual(page.map((f) => at(plan, f)), ['PAGE  \n48\n']);
    const sishui = corpusText(CORPUS.sishui2020);
    assert.deepEqual(byRule(sishui, 'word-artifact').map((f) => at(sishui, f).trim()), ['[image: image7.png]']);
  });

  it('the <…> inner titles of the work plan and zibo-hitech-2021 give title-marks, fixed to 〈…〉', () => {
    for (const name of [CORPUS.workPlan, CORPUS.zibo2021]) {
      const text = corpusText(name);
      const found = byRule(text, 'title-marks');
      assert.equal(found.length, 1, name);
      assert.match(at(text, found[0]), /^<[^<>《》]+>$/);
      const fixed = applyEdits(text, found[0].fix!.edits);
      assert.equal(fixed, text.slice(0, found[0].range.start) + `〈${at(text, found[0]).slice(1, -1)}〉` + text.slice(found[0].range.end));
    }
  });

  it("linzi-district-2020's half-width brackets and commas, and zibo-hitech-2021's 2021 年, give punctuation", () => {
    const linzi = corpusText(CORPUS.linzi2020);
    const shapes = byRule(linzi, 'punctuation').map((f) => at(linzi, f).replace(/^\(.*\)$/, '(…)'));
    assert.deepEqual(shapes, ['(…)', ' ', ',', ', ', ',']);
    const zibo = corpusText(CORPUS.zibo2021);
    const space = zibo.indexOf('2021 年') + 4;
    assert.ok(byRule(zibo, 'punctuation').some((f) => f.range.start === space && f.range.end === space + 1));
  });

  it('gives no private-info on official phone numbers and mailboxes, and no doc-number on the correct 发文字号', () => {
    const official = /(?:\d{3,4}-)?\d{7,8}|[\w.]+@[\w.]+/g;
    let contacts = 0;
    let numbers = 0;
    for (const name of corpusFiles()) {
      const text = corpusText(name);
      const privacy = byRule(text, 'private-info');
      for (const m of text.matchAll(official)) {
        if (/Tencent/.test(text.slice(m.index - 40, m.index))) continue;
        contacts++;
        assert.ok(!privacy.some((f) => f.range.start < m.index + m[0].length && m.index < f.range.end), `${name}: ${m[0]}`);
      }
      assert.deepEqual(byRule(text, 'doc-number'), [], name);
      numbers += findDocNumbers(text).length;
    }
    // The checks above saw the corpus's contact details and all nine document numbers (domain §6.2).
    assert.ok(contacts >= 4, String(contacts));
    assert.equal(numbers, 9);
  });

  it('gives exactly the expected hygiene findings on each corpus document (no false positives)', () => {
    const expected: Record<string, string[]> = {
      [CORPUS.workPlan]: ['punctuation@24', 'title-marks@33', 'word-artifact@72'],
      [CORPUS.linzi2020]: ['punctuation@1', 'punctuation@7', 'punctuation@45', 'punctuation@45', 'punctuation@48', 'word-artifact@51', 'private-info@51', 'word-artifact@115'],
      [CORPUS.linziOffice2024]: ['punctuation@10', 'punctuation@12'],
      [CORPUS.sishui2020]: ['word-artifact@32', 'punctuation@44'],
      [CORPUS.zibo2021]: ['title-marks@4', 'punctuation@375', 'punctuation@380', 'punctuation@382', 'punctuation@382', 'punctuation@382', 'punctuation@382', 'punctuation@388'],
    };
    for (const name of corpusFiles()) assert.deepEqual(summary(corpusText(name)), expected[name], name);
  });
});
