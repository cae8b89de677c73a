import { ExactYoy } from '../../crossyear';
import { msg } from '../../i18n';
import { FindingInput, RelatedLocation, TextEdit } from '../types';
import { mapped } from '../../arrays';

// The finding of the year-on-year rule when last year's report is known: the figure recomputed
// from both reports, with a fix. Kept here, beside the other cross-year messages; year-on-year calls it.

const WORD = { up: '增长', down: '下降' } as const;
const EN = { up: 'increase', down: 'decrease' } as const;

export function exactYoyFinding(e: ExactYoy): FindingInput | undefined {
  if (e.holds) return undefined;
  const m = e.mention;
  const { label, uri, model } = e.previous;
  const word = e.direction === 'flat' || e.direction === m.direction ? m.word : WORD[e.direction];
  const wordEn = EN[e.direction === 'flat' ? m.direction : e.direction];
  const stated = `${m.word}${e.stated.text}%`;
  const right = `${word}${e.expected}%`;
  const edits: TextEdit[] = [{ range: m.range, newText: e.expected }];
  if (word !== m.word) {
    if (!e.wordRange) return undefined;
    edits.push({ range: e.wordRange, newText: word });
  }
  const related: RelatedLocation[] = mapped(e.last.cells, ({ cell }) => {
    const range = cell.valueRange ?? cell.range;
    return {
      uri,
      range,
      position: model.lines.rangeToPositions(range),
      message: msg(`上年报告（${label}）${e.last.name.zh}：${cell.value}`, `Last year's report (${label}), ${e.last.name.en}: ${cell.value}`),
    };
  });
  related.push({ range: m.count.range, message: msg(`本年 ${e.current}件`, `${e.current} this year`) });
  return {
    range: m.range,
    message: msg(
      `同比${stated}有误：上年报告（${label}）${e.last.name.zh}为 ${e.lastValue}件，本年 ${e.current}件，${e.computation}，应为同比${right}（X-4）`,
      `The year-on-year ${e.stated.text}% is wrong: last year's report (${label}) has ${e.lastValue} (${e.last.name.en}) and this year ${e.current}, ${e.computation}, a ${e.expected}% ${wordEn} (X-4)`,
    ),
    related,
    fix: { title: msg(`改为「同比${right}」`, `Change to a ${e.expected}% ${wordEn}`), edits },
  };
}
