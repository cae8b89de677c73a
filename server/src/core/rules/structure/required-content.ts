import { Localized, msg } from '../../i18n';
import { Part, ReportModel } from '../../model/types';
import { defineRule, FindingInput } from '../types';
import { bodyOf, descendants, nonSpaceCount, partsByNumber } from './common';
import { mapped } from '../../arrays';

interface Topic {
  readonly name: Localized;
  readonly pattern: RegExp;
}

/** The five topics of 一、总体情况 (domain §2.4, S1-1), matched by keyword, not by number. */
const SUMMARY_TOPICS: readonly Topic[] = [
  { name: msg('主动公开', 'proactive disclosure'), pattern: /主动公开/ },
  { name: msg('依申请公开', 'disclosure on request'), pattern: /依申请/ },
  { name: msg('政府信息管理', 'information management'), pattern: /信息管理/ },
  { name: msg('政府信息公开平台建设', 'disclosure platforms'), pattern: /平台/ },
  // sishui-2020's 政务公开保障工作 counts as 监督保障 (domain §2.4).
  { name: msg('监督保障', 'oversight and safeguards'), pattern: /监督|保障/ },
];

/** What a 2021-format part 六 reports (domain §2.6, S6-1 and S6-2). */
const OTHER_MATTERS: readonly Topic[] = [
  { name: msg('信息处理费收取情况', 'information-processing fees collected'), pattern: /信息处理费|政府信息公开收费|收取[^。]{0,20}费用/ },
  { name: msg('年度政务公开工作要点落实情况', 'implementation of the annual work plan'), pattern: /工作要点/ },
  { name: msg('人大代表建议和政协提案办理结果公开情况', 'disclosure of the handling of deputies\' suggestions and CPPCC proposals'), pattern: /建议[^。]{0,10}提案|提案[^。]{0,10}建议|人大代表建议|政协提案|议案/ },
];

const compact = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '');
const isEmpty = (s: string) => nonSpaceCount(s, 1) === 0;
/** Fewer characters than this (not counting spaces) cannot state a problem and a measure; a bare 无 is one. */
const MIN_PROBLEMS = 10;

function missingTopics(text: string, topics: readonly Topic[]): Localized[] {
  return mapped(topics.filter((t) => !t.pattern.test(text)), (t) => t.name);
}

const list = (names: readonly Localized[]) => msg(mapped(names, (n) => n.zh).join('、'), mapped(names, (n) => n.en).join('; '));

function summary(model: ReportModel, part: Part): FindingInput | undefined {
  const subs = descendants(part.heading);
  // With sub-headings, the topics are what they are about; a part without them is read as a whole.
  const text = subs.length >= 2 ? mapped(subs, (h) => h.title).join('\n') : bodyOf(model, part.heading);
  const missing = missingTopics(text, SUMMARY_TOPICS);
  if (!missing.length) return undefined;
  const names = list(missing);
  return {
    range: part.heading.titleRange,
    message: !isEmpty(bodyOf(model, part.heading))
      ? msg(`「总体情况」未涉及：${names.zh}（应包括主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面）`, `The summary does not cover: ${names.en} (it covers proactive disclosure, requests, information management, platforms, oversight)`)
      : msg('「总体情况」部分尚无内容（应包括主动公开、依申请公开、政府信息管理、平台建设、监督保障五个方面）', 'The summary part is empty (it covers proactive disclosure, requests, information management, platforms, oversight)'),
  };
}

function problems(model: ReportModel, part: Part): FindingInput | undefined {
  // Counted in place: the body is a whole part, and only a short one is copied for the message.
  const text = bodyOf(model, part.heading);
  if (nonSpaceCount(text, MIN_PROBLEMS) >= MIN_PROBLEMS) return undefined;
  const body = compact(text);
  return {
    range: part.heading.titleRange,
    message:
      body === ''
        ? msg('「存在的主要问题及改进情况」部分尚无内容：应写明存在的问题和改进措施', 'The problems-and-improvements part is empty: state the problems and the measures taken')
        : msg(`「存在的主要问题及改进情况」只写了「${body}」：应写明存在的问题和改进措施`, `The problems-and-improvements part only says "${body}": state the problems and the measures taken`),
  };
}

function otherMatters(model: ReportModel, part: Part): FindingInput | undefined {
  const body = bodyOf(model, part.heading);
  const missing = missingTopics(body, OTHER_MATTERS);
  if (!missing.length) return undefined;
  const names = list(missing);
  return {
    range: part.heading.titleRange,
    message: !isEmpty(body)
      ? msg(`2021年版格式的第六部分未说明：${names.zh}`, `Part 6 of a 2021-format report does not report: ${names.en}`)
      : msg(`第六部分尚无内容：2021年版格式应说明${names.zh}`, `Part 6 is empty: a 2021-format report states ${names.en}`),
  };
}

export default defineRule({
  meta: {
    id: 'required-content',
    description: msg(
      '必备内容：总体情况涵盖五个方面（S1-1）；第五部分不得为空或只写“无”（S5-1）；2021年版格式的第六部分说明信息处理费收取情况及工作要点落实、建议提案办理情况（S6-1、S6-2）',
      'Required content: the summary covers five topics (S1-1); part 5 is not empty or a bare 无 (S5-1); part 6 of a 2021-format report states the information-processing fees, the work-plan implementation and the handling of proposals (S6-1, S6-2)',
    ),
    defaultSeverity: 'warning',
    fixable: false,
    implements: ['S1-1', 'S5-1', 'S6-1', 'S6-2'],
  },
  check(ctx) {
    const { model } = ctx;
    const parts = partsByNumber(model);
    const checks: [number, (m: ReportModel, p: Part) => FindingInput | undefined][] = [
      [1, summary],
      [5, problems],
    ];
    if (model.format.template.id === '2021') checks.push([6, otherMatters]);
    for (const [n, check] of checks) {
      const part = parts.get(n);
      const finding = part && check(model, part);
      if (finding) ctx.report(finding);
    }
  },
});
