import { LineIndex } from '../text/line-index';
import { isBlank } from '../text/normalize';
import { TextRange } from '../text/range';
import { LineKind, Title } from './types';

const TITLE_WORDS = /政府信息公开|政务公开|年度报告|工作要点/;

/**
 * The title is the first short lines before any prose or heading; it may be split over lines
 * (linzi-office-2024: "…政府信息公开工作" / "" / "年度报告"), and letter-spaced ("通    知").
 */
export function readTitle(lines: LineIndex, kinds: readonly LineKind[]): Title | undefined {
  const ranges: TextRange[] = [];
  const parts: string[] = [];
  for (const line of lines.lines) {
    if (kinds[line.number] === 'blank' || isBlank(line.text)) {
      if (parts.length === 0) continue;
      continue;
    }
    if (kinds[line.number] !== 'prose') break;
    const t = line.text.trim().replace(/[\u00a0\u3000]/g, '');
    if (t.length > 40 || /[。：:；，]$/.test(t) || /[。，]/.test(t) || parts.length >= 4) break;
    const lead = line.text.length - line.text.trimStart().length;
    ranges.push({ start: line.start + lead, end: line.start + line.text.trimEnd().length });
    parts.push(t.replace(/\s+/g, ''));
  }
  const text = parts.join('');
  if (!ranges.length || !TITLE_WORDS.test(text)) return undefined;
  return { text, ranges, range: { start: ranges[0].start, end: ranges[ranges.length - 1].end } };
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
const PERIOD = /统计期限[^。]{0,12}?((?:19|20)\d{2})\s*年/;
const REPORT_YEAR = /((?:19|20)\d{2})\s*年度?(?:政府信息公开|政务公开)/;

/** The report year: from the title, else the statistics period, else the first "YYYY年度政府信息公开". */
export function readYear(title: Title | undefined, head: string): number | undefined {
  const m = (title && YEAR_IN_TITLE.exec(title.text)) || PERIOD.exec(head) || REPORT_YEAR.exec(head);
  return m ? Number(m[1]) : undefined;
}

const AGENCY_IN_TITLE = /^(.+?)(?:关于印发)?(?:(?:19|20)\d{2})\s*年/;
/** "2023年度临淄区人民政府政府信息公开工作年度报告": the year first */
const AGENCY_AFTER_YEAR = /^(?:19|20)\d{2}\s*年度?([\u4e00-\u9fa5]{2,30}?)(?:政府信息公开|政务公开)/;
const COMPILED_BY = /本报告由(.{2,30}?)(?:按照|根据|依据|依照|编制)/;
const REPORT_OF_YEAR = /(?:19|20)\d{2}年度?政府信息公开工作年度报告/g;
/**
 * The subject of the first sentence of the body, "2020年，临淄区政府坚持…" (linzi-district-2020 has
 * neither a title nor an agency in its preamble); only an agency-like name ends it.
 */
const AGENCY_AS_SUBJECT =
  /(?:^|\n)[ \t\u3000]*(?:19|20)\d{2}\s*年度?[，,]\s*([\u4e00-\u9fa5]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|政府|管理委员会|管委会|委员会|办公室|局))(?=[\u4e00-\u9fa5])/;

const isHanzi = (code: number) => code >= 0x4e00 && code <= 0x9fa5;

/**
 * The name just before "2020年度政府信息公开工作年度报告": the run of two to thirty hanzi ending at the
 * year, from the first report phrase that has one. A lazy name pattern tried at every hanzi of the
 * window did the same; reading back from each phrase tries each character once.
 */
function nameBeforeReportYear(window: string): string | undefined {
  REPORT_OF_YEAR.lastIndex = 0;
  for (let m = REPORT_OF_YEAR.exec(window); m; m = REPORT_OF_YEAR.exec(window)) {
    const year = m.index;
    let start = year;
    while (start > 0 && year - start < 30 && isHanzi(window.charCodeAt(start - 1))) start--;
    if (year - start >= 2) return window.slice(start, year);
  }
  return undefined;
}

const LEVEL_CODES = new Set(Array.from('省市县区州旗', (c) => c.charCodeAt(0)));
const SHORT_FORMS = ['政府', '政府办公室', '政府办公厅'];

/**
 * "临淄区政府" is the usual short form of "临淄区人民政府". Read from the ending: a pattern replacement
 * cost more than the search for the name.
 */
function fullName(agency: string): string {
  for (const form of SHORT_FORMS) {
    const at = agency.length - form.length;
    if (at > 0 && agency.endsWith(form) && LEVEL_CODES.has(agency.charCodeAt(at - 1))) return `${agency.slice(0, at)}人民${agency.slice(at)}`;
  }
  return agency;
}

/** The text around the first occurrence of `phrase`, if any. */
function near(head: string, phrase: string): string | undefined {
  const at = head.indexOf(phrase);
  return at < 0 ? undefined : head.slice(Math.max(0, at - 40), at + 60);
}

export function readAgency(title: Title | undefined, head: string): string | undefined {
  const m = title ? AGENCY_IN_TITLE.exec(title.text) : null;
  if (m) return m[1].replace(/关于印发$/, '');
  const y = title ? AGENCY_AFTER_YEAR.exec(title.text) : null;
  if (y) return y[1].replace(/人民$/, '人民政府');
  // Both preamble forms hang on a fixed phrase; looking only near it keeps a lazy name match from being
  // tried at every position of a long preamble.
  const compiledBy = near(head, '本报告由');
  const c = compiledBy === undefined ? null : COMPILED_BY.exec(compiledBy);
  if (c) return c[1];
  const reportPhrase = near(head, '政府信息公开工作年度报告');
  const named = reportPhrase === undefined ? undefined : nameBeforeReportYear(reportPhrase);
  if (named) return named;
  const s = AGENCY_AS_SUBJECT.exec(head);
  return s ? fullName(s[1]) : undefined;
}
