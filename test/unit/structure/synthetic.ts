import { TableLayout } from '../../../server/src/core/model/types';
import { formatById, formatForYear, PARTS } from '../../../server/src/core/templates';
import { templateRows, writeTable } from '../../../server/src/core/tables/write';

export interface SyntheticOptions {
  readonly year?: number;
  readonly layout?: TableLayout;
  /** null: no title line */
  readonly title?: string | null;
  readonly preamble?: string;
  /** a part's heading line instead of the standard one; null leaves the part out */
  readonly heading?: Partial<Record<number, string | null>>;
  /** a part's body instead of the default */
  readonly body?: Partial<Record<number, string>>;
}

const LIST = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';

/** A small made-up report that passes every structure rule unless told otherwise. */
export function synthetic(o: SyntheticOptions = {}): string {
  const year = o.year ?? 2023;
  const format = formatById(formatForYear(year));
  const table = (k: 'active' | 'requests' | 'appeals') => writeTable(format, templateRows(k, format), { layout: o.layout ?? 'word' });
  const bodies: Record<number, string> = {
    1: ['（一）主动公开。全年主动公开信息100条。', '（二）依申请公开。依法答复全部申请。', '（三）政府信息管理。动态更新信息公开目录。', '（四）政府信息公开平台建设。优化门户网站栏目。', '（五）监督保障。开展培训和考核。'].join('\n'),
    2: table('active'),
    3: table('requests'),
    4: table('appeals'),
    5: '（一）存在问题。部分单位公开意识还不够强。\n（二）改进措施。加强培训，完善考核机制。',
    6: '（一）信息处理费收取情况。本年度未收取信息处理费。\n（二）建议提案办理情况。人大代表建议和政协提案办理结果均已公开。\n（三）工作要点落实情况。年度政务公开工作要点已全部落实。',
    ...o.body,
  };
  const lines: string[] = [];
  if (o.title !== null) lines.push(o.title ?? `测试区人民政府${year}年政府信息公开工作年度报告`, '');
  lines.push(
    o.preamble ??
      `本报告根据《中华人民共和国政府信息公开条例》和${format.notice}编制，全文由${LIST}六个部分组成。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
  );
  for (const p of PARTS) {
    const given = o.heading?.[p.number];
    const h = given === undefined ? `${p.numeral}、${p.title}` : given;
    if (h === null) continue;
    lines.push(h, bodies[p.number], '');
  }
  return lines.join('\n');
}
