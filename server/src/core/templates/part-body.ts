import { FormatId } from './types';
import { PartTemplate } from './types';
import { mapped } from '../arrays';

/**
 * The standard sub-items of the parts without a table, each with a line saying what to write:
 * 一 (domain §2.4), 五 (§2.5) and 六 (§2.6). The new-report skeleton and the missing-part fix write them,
 * so that an inserted part has the structure the template asks for and the user fills in the content.
 */
const OVERVIEW: readonly [string, string][] = [
  ['主动公开', '（简述本年度主动公开政府信息的总体情况，数字应与表二一致。）'],
  ['依申请公开', '（简述本年度收到和办理政府信息公开申请的情况，数字应与表三一致。）'],
  ['政府信息管理', '（简述政府信息公开保密审查、政策文件清理等管理工作。）'],
  ['政府信息公开平台建设', '（简述政府网站、政务新媒体等公开平台的建设情况。）'],
  ['监督保障', '（简述工作考核、社会评议和责任追究结果情况。）'],
];

const OTHER_MATTERS: Record<FormatId, readonly [string, string][]> = {
  '2019': [['有关数据统计说明', '（说明本报告统计数据的口径；无其他需要报告的事项的，写明“无”。）']],
  '2021': [
    ['政府信息公开信息处理费收取情况', '（按照《政府信息公开信息处理费管理办法》说明本年度信息处理费的收取情况。）'],
    ['人大代表建议和政协提案办理情况', '（说明人大代表建议和政协提案的办理及办理结果公开情况。）'],
    ['年度政务公开工作要点落实情况', '（说明本年度政务公开工作要点的落实情况。）'],
  ],
};

const NUMERALS = '一二三四五六七八九十';

/** The text under a part heading without a table, or undefined for the parts with tables. */
export function partBody(part: PartTemplate, format: FormatId, eol = '\n'): string | undefined {
  const subItems = (items: readonly [string, string][]) => mapped(items, ([title, hint], i) => `（${NUMERALS[i]}）${title}。${hint}`).join(eol);
  if (part.table) return undefined;
  if (part.number === 1) return `（概述本年度贯彻落实《中华人民共和国政府信息公开条例》的总体情况。）${eol}${subItems(OVERVIEW)}`;
  if (part.number === 5) return '（说明政府信息公开工作存在的主要问题，以及下一步的改进措施和改进情况。）';
  return subItems(OTHER_MATTERS[format]);
}
