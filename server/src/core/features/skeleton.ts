import { TableLayout } from '../model/types';
import { templateRows, writeTable } from '../tables/write';
import { FormatId, formatById, PARTS } from '../templates';
import { partBody } from '../templates/part-body';
import { mapped } from '../arrays';

export interface SkeletonOptions {
  readonly format: FormatId;
  /** how the tables are written: one cell per line as pasted from Word, or Markdown pipe tables */
  readonly layout: Extract<TableLayout, 'word' | 'markdown'>;
  /** the report year (default: the latest year the format applies to, as of `today`) */
  readonly year?: number;
  readonly today?: Date;
  readonly eol?: string;
}

/** The notice each format was issued with, as the 编制依据 sentence cites it (domain §2.3). */
const BASIS: Record<FormatId, string> = {
  '2019': '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）',
  '2021': '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）',
};

/** The placeholder a user replaces with the agency's name. */
export const AGENCY_PLACEHOLDER = '××××';

/** Reports are written early in the year for the year before; F2019 covers only 2019 and 2020. */
export function defaultYear(format: FormatId, today: Date = new Date()): number {
  const last = today.getFullYear() - 1;
  return format === '2019' ? Math.min(2020, Math.max(2019, last)) : Math.max(2021, last);
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * A complete new report: title with a placeholder for the agency, the usual preamble, the six parts with
 * their standard sub-items and every table of the format zero-filled. It checks clean with every rule.
 */
export function reportSkeleton(options: SkeletonOptions): string {
  const eol = options.eol ?? '\n';
  const format = formatById(options.format);
  const year = options.year ?? defaultYear(options.format, options.today);
  const names = mapped(PARTS, (p) => p.title).join('、');
  const blocks: string[] = [
    `${AGENCY_PLACEHOLDER}${year}年政府信息公开工作年度报告`,
    `本报告根据《中华人民共和国政府信息公开条例》和${BASIS[options.format]}编制，全文由${names}${NUMERALS[PARTS.length - 1]}个部分组成。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与${AGENCY_PLACEHOLDER}联系。`,
  ];
  for (const part of PARTS) {
    const heading = `${part.numeral}、${part.title}`;
    if (part.table) blocks.push(`${heading}${eol}${eol}${writeTable(format, templateRows(part.table, format), { layout: options.layout, eol })}`);
    else blocks.push(`${heading}${eol}${partBody(part, options.format, eol)}`);
  }
  return blocks.join(eol + eol) + eol;
}
