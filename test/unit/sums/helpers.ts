import { parseReport } from '../../../server/src/core/model/build';
import { runRules } from '../../../server/src/core/rules/engine';
import proseSum from '../../../server/src/core/rules/sums/prose-sum';
import { Finding } from '../../../server/src/core/rules/types';

/** A minimal annual report whose parts hold the given paragraphs (made-up sentences, never corpus text). */
export function report(part1: string | readonly string[], part3: string | readonly string[] = []): string {
  const lines = (x: string | readonly string[]) => (typeof x === 'string' ? [x] : x);
  return [
    '测试县人民政府2020年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    ...lines(part1),
    '',
    '二、主动公开政府信息情况',
    '',
    '三、收到和处理政府信息公开申请情况',
    ...lines(part3),
    '',
  ].join('\n');
}

/** The rule alone (the corpus test goes through `lint`, which also proves the rule is registered). */
export function sums(text: string): Finding[] {
  return runRules(parseReport(text), [proseSum], {
    onRuleError: (_, e) => {
      throw e;
    },
  });
}

export const at = (text: string, f: { range: { start: number; end: number } }) => text.slice(f.range.start, f.range.end);
