import { FORMATS, FormatId, TableKind } from '../templates';
import { RowTexts } from './row-text';

// The patterns below are tested on the text of each row or of a whole table (rows joined by line breaks);
// none of them may match a line break or use an anchor, so that both give the same answer. Each match
// begins and ends with a character that is not a digit (see `wordsEnd`).
const REQUESTS_CONTENT = /本年新收|上年结转|办理结果|申请人情况/;
const ACTIVE_CONTENT = /第二十条|信息内容|行政许可|行政处罚|规范性文件/;
const APPEALS_CONTENT = /行政复议|行政诉讼|结果维持|直接起诉|复议后起诉/;
const REQUESTS_2021 = /逾期.*补正|缴纳费用/;
const REQUESTS_2019 = /其他处理/;
/** Either format's fingerprint: most rows carry neither, and one test tells. */
const REQUESTS_EITHER = new RegExp(`${REQUESTS_2021.source}|${REQUESTS_2019.source}`);

/** Every pattern read on row texts, the formats' fingerprints included (for the tests of `rowText`). */
export const ROW_TEXT_PATTERNS: readonly RegExp[] = [
  REQUESTS_CONTENT, ACTIVE_CONTENT, APPEALS_CONTENT, REQUESTS_2021, REQUESTS_2019, REQUESTS_EITHER, ...FORMATS.flatMap((f) => f.fingerprints),
];

/**
 * Which of the three tables a block of rows is, from its own text (undefined when it cannot tell). Read
 * row by row: a 表三 says so in its header row, and the first row that does ends the search.
 */
export function kindByContent(texts: RowTexts): TableKind | undefined {
  let active = false;
  let appeals = false;
  for (let i = 0; i < texts.length; i++) {
    const text = texts.at(i);
    if (REQUESTS_CONTENT.test(text)) return 'requests';
    if (!active && ACTIVE_CONTENT.test(text)) active = true;
    else if (!active && !appeals && APPEALS_CONTENT.test(text)) appeals = true;
  }
  return active ? 'active' : appeals ? 'appeals' : undefined;
}

/** The format whose fingerprints a table's text carries (domain §1). */
export function formatByContent(kind: TableKind | undefined, texts: RowTexts): FormatId | undefined {
  if (kind === 'requests') {
    let of2019 = false;
    for (let i = 0; i < texts.length; i++) {
      const text = texts.at(i);
      if (!REQUESTS_EITHER.test(text)) continue;
      if (REQUESTS_2021.test(text)) return '2021';
      of2019 = true;
    }
    return of2019 ? '2019' : undefined;
  }
  if (kind !== 'active') return undefined;
  const text = tableText(texts);
  let best: FormatId | undefined;
  let bestScore = 0;
  for (const f of FORMATS) {
    let score = 0;
    for (const re of f.fingerprints) if (re.test(text)) score++;
    if (score > bestScore) [best, bestScore] = [f.id, score];
    else if (score === bestScore) best = undefined;
  }
  return best;
}

/** The texts of all rows joined by line breaks, which no pattern matches across. */
function tableText(texts: RowTexts): string {
  const rows: string[] = [];
  for (let i = 0; i < texts.length; i++) rows.push(texts.at(i));
  return rows.join('\n');
}
