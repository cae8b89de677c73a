import { ReportModel } from '../model/types';
import { Family, FAMILY_PARTS } from './phrases';
import { Sentence } from './sentences';
import { NumberToken } from './tokens';
import { mapped } from '../arrays';

// Where a phrase family is read (domain §5.1 scopes), and which counts can be counts of requests or cases.

/** What may follow a 个/条 that counts requests: the end of its clause. */
const CLAUSE_END = new Set(mapped([...'，,。；;：:、）)'], (c) => c.charCodeAt(0)));

/**
 * Requests and cases are counted in 件 (domain §5.1), sometimes 个 or 条; a 个/条 that runs on into a noun
 * is some other measure ("20个工作日").
 */
export function countsRequests(s: Sentence, token: NumberToken): boolean {
  if (token.unit === '件') return true;
  if (token.unit !== '个' && token.unit !== '条') return false;
  const after = token.fullRange.end - s.range.start;
  return after >= s.text.length || CLAUSE_END.has(s.text.charCodeAt(after));
}

/** The title of the deepest level 2–4 heading whose section holds the offset ("依申请公开情况"). */
function sectionTitle(model: ReportModel, offset: number): string {
  // Headings are in document order: the last one starting before the offset is the deepest section holding it.
  const hs = model.headings;
  let lo = 0;
  let hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].lineRange.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let h = lo > 0 ? hs[lo - 1] : undefined; h; h = h.parent) {
    if (h.level > 1 && h.sectionRange.start <= offset && offset <= h.sectionRange.end) return h.title;
  }
  return '';
}

const FAMILIES: readonly Family[] = ['requests', 'appeals', 'active'];

/**
 * The families read in the paragraph of `s`, in the order requests, appeals, active. The part is looked
 * up once for all three.
 */
export function familiesOf(model: ReportModel, s: Sentence): Family[] {
  const part = model.partOf(s.range.start);
  const number = part?.template?.number ?? part?.number;
  const out: Family[] = [];
  if (number !== undefined) for (const f of FAMILIES) if (inFamily(model, f, number, s)) out.push(f);
  return out;
}

function inFamily(model: ReportModel, family: Family, part: number, s: Sentence): boolean {
  if (!FAMILY_PARTS[family].includes(part)) return false;
  if (family === 'active') return model.format.template.id === '2021';
  if (part !== 1) return true;
  // Part 一 speaks of much besides requests and appeals; only paragraphs (or sections) about them restate 表三/表四.
  const line = model.lines.lines[s.line].text;
  if (family === 'requests') return line.includes('申请') || sectionTitle(model, s.range.start).includes('申请');
  return line.includes('公开') || /复议|诉讼/.test(sectionTitle(model, s.range.start));
}
