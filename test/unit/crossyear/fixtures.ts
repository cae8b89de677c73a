import { TableLayout } from '../../../server/src/core/model/types';
import { formatById, FormatId, formatForYear, PARTS, TableKind } from '../../../server/src/core/templates';
import { templateRows, writeTable } from '../../../server/src/core/tables/write';

/** Seven 表三 columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 (the total is computed). */
export type Applicants = readonly [number, number, number, number, number, number];

export interface ReportSpec {
  readonly year: number;
  readonly agency?: string;
  /** null: no title (the agency is then read from the preamble or the body) */
  readonly title?: string | null;
  readonly preamble?: string;
  /** the first paragraph of part 一 */
  readonly overview?: string;
  readonly format?: FormatId;
  readonly layout?: TableLayout;
  /** 表三 一、本年新收 per applicant column */
  readonly newReceived?: Applicants;
  /** 表三 二、上年结转 */
  readonly carriedOver?: Applicants;
  /** 表三 四、结转下年度继续办理 */
  readonly carriedForward?: Applicants;
  /** 表二（一）: [本年制发, 本年废止, 现行有效] (2021) or [本年新制作, 本年新公开, 对外公开总数量] (2019) */
  readonly regulations?: readonly [number, number, number];
  readonly normativeDocuments?: readonly [number, number, number];
  /** 2019 表二（五）（六）（八）: [上一年项目数量, 本年增/减, 处理决定数量] (（八）: the first two) */
  readonly items?: Partial<Record<'licensing' | 'otherServices' | 'punishment' | 'coercion' | 'fees', readonly [number, number, number?]>>;
}

const ZERO: Applicants = [0, 0, 0, 0, 0, 0];
const withTotal = (a: Applicants) => [...a, a.reduce((s, x) => s + x, 0)].map(String);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

const LIST = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';

/**
 * A made-up annual report with the given 表二/表三 figures; 表三 balances (予以公开 takes up the
 * difference), so only the cross-year checks have something to say.
 */
export function report(spec: ReportSpec): string {
  const { year } = spec;
  const agency = spec.agency ?? '测试市测试区人民政府';
  const format = formatById(spec.format ?? formatForYear(year));
  const layout = spec.layout ?? 'word';
  const carriedOver = spec.carriedOver ?? ZERO;
  const carriedForward = spec.carriedForward ?? ZERO;
  // Enough new requests that everything carried forward was received.
  const newReceived = spec.newReceived ?? ([5, 1, 0, 0, 0, 0].map((n, i) => n + carriedForward[i]) as unknown as Applicants);
  const granted = newReceived.map((n, i) => n + carriedOver[i] - carriedForward[i]) as unknown as Applicants;
  if (granted.some((g) => g < 0)) throw new Error('carried forward exceeds what was to be handled');

  const requests = templateRows('requests', format);
  const values: Record<string, Applicants> = { newReceived, carriedOver, granted, totalProcessed: granted, carriedForward };
  const requestRows = requests.rows.map((r, i) => {
    const id = format.tables.requests.sections[0].rows[i].id;
    return values[id] ? { ...r, values: withTotal(values[id]) } : r;
  });

  const active = templateRows('active', format);
  const activeRows = active.rows.map((r) => {
    const section = format.tables.active.sections.find((s) => s.id === r.section)!;
    const id = section.rows.find((x) => x.path[0] === r.path[0])!.id;
    if (r.section === 'item1') {
      const v = id === 'regulations' ? spec.regulations : spec.normativeDocuments;
      return v ? { ...r, values: v.map(String) } : r;
    }
    const item = spec.items?.[id as keyof NonNullable<ReportSpec['items']>];
    if (!item || format.id !== '2019') return r;
    return { ...r, values: [String(item[0]), signed(item[1]), ...(r.values.length > 2 ? [String(item[2] ?? 0)] : [])] };
  });

  const table = (kind: TableKind, rows: typeof requestRows) => writeTable(format, { kind, rows }, { layout });
  const bodies: Record<number, string> = {
    1: spec.overview ?? `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。`,
    2: table('active', activeRows),
    3: table('requests', requestRows),
    4: writeTable(format, templateRows('appeals', format), { layout }),
    5: '（一）存在问题。公开意识还不够强。\n（二）改进措施。加强培训。',
    6: '（一）信息处理费收取情况。本年度未收取信息处理费。',
  };
  const lines: string[] = [];
  if (spec.title !== null) lines.push(spec.title ?? `${agency}${year}年政府信息公开工作年度报告`, '');
  lines.push(
    spec.preamble ??
      `本报告根据《中华人民共和国政府信息公开条例》和${format.notice}编制，全文由${LIST}六个部分组成。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
  );
  for (const p of PARTS) lines.push(`${p.numeral}、${p.title}`, bodies[p.number], '');
  return lines.join('\n');
}
