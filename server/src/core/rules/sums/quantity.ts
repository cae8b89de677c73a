/**
 * A number with its unit as the prose writes it ("75件", "5600余条", "1.2万元", "54.3%"), read for summing.
 * Only Arabic digits are read: Chinese numerals in these reports are ordinals or set phrases (前三季度,
 * 一是, 三公经费), never itemised counts.
 */
export interface Quantity {
  /** offsets inside the scanned text */
  readonly start: number;
  /** end of the digits */
  readonly end: number;
  /** end of the unit (and of 余/多 when written) */
  readonly fullEnd: number;
  /** the digits as written (full-width digits kept) */
  readonly digits: string;
  /** the written number as a plain ASCII decimal ("1200", "54.3") */
  readonly decimal: string;
  readonly decimals: number;
  /** base unit: 件, 条, 次, 元, % … (万元 → 元 with scale 4) */
  readonly unit: string;
  /** the unit as written after the digits ("万元", "余条") */
  readonly unitText: string;
  /** power of ten from the written value to the base unit (万元 → 4) */
  readonly scale: number;
  /** a count in 件/条/… without 万/亿: exact, not rounded */
  readonly exact: boolean;
  /** 约/近/余/多/左右/…: never summed into an error */
  readonly approximate: boolean;
  /** offset where the quantity's clause starts (after the last ，；：。 or bracket) */
  readonly clauseStart: number;
}

/** Count units, longest first so "人次" is not read as "人". */
const COUNT_UNITS = ['人次', '件次', '户次', '家次', '批次', '个', '件', '条', '项', '次', '场', '家', '篇', '期', '人', '名', '户', '份', '台', '处', '批', '起', '所', '封', '例', '宗', '套', '张', '类'];
const MONEY_UNITS: Record<string, number> = { 亿元: 8, 万元: 4, 千元: 3, 元: 0 };
const MAGNITUDE: Record<string, number> = { 亿: 8, 万: 4, 千: 3 };

/** 个 followed by these is a duration or a percentage point, not a count of things. */
const AFTER_GE = /^(?:月|工作日|小时|百分点|季度|年|星期|周|自然日)/;
const APPROX_AFTER = /^(?:余|多|左右|以上|上下|以内|以下|之多)/;
const APPROX_BEFORE = ['大约', '约', '近', '逾', '超过', '超', '将近', '接近', '不到', '不足', '不少于', '至少', '最多', '多达'];
/** "3至5件", "3-5件": the upper end of a range */
const RANGE_BEFORE = /[0-9０-９][至到~～\-－—]$/;
/** a character right before the digits that makes them part of something else: 第13条, H5, 1.5, 〔2019〕 */
const GLUE_BEFORE = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ.．_#＃/／第〔［[]/;

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
}

function ascii(c: string): string {
  return c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c;
}

function readDigits(text: string, i: number): number {
  while (isDigit(text[i])) i++;
  return i;
}

/**
 * Reads the quantity whose digits start at `i`, or undefined. Always returns `next`, the offset after the
 * digit run, so the caller never rereads digits (one linear pass over the text).
 */
export function readQuantity(text: string, i: number, clauseStart: number): { q: Quantity | undefined; next: number } {
  let j = readDigits(text, i);
  // Thousands separators: ASCII commas followed by exactly three digits ("1,200件").
  while (text[j] === ',' && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4]) && j - i <= 15) j += 4;
  let decimals = 0;
  let end = j;
  if ((text[j] === '.' || text[j] === '．') && isDigit(text[j + 1])) {
    end = readDigits(text, j + 1);
    decimals = end - j - 1;
  }
  const none = { q: undefined, next: end };
  if (i > 0 && GLUE_BEFORE.test(text[i - 1])) return none;
  if (end - i > 20) return none;
  let k = end;
  if (text[k] === ' ' || text[k] === '\u00a0') k++;
  let approximate = false;
  if (text[k] === '余' || text[k] === '多') {
    approximate = true;
    k++;
  }
  let unit: string | undefined;
  let scale = 0;
  let money = false;
  for (const [u, s] of Object.entries(MONEY_UNITS)) {
    if (text.startsWith(u, k)) {
      unit = '元';
      scale = s;
      money = true;
      k += u.length;
      break;
    }
  }
  if (!unit) {
    const mag = MAGNITUDE[text[k]];
    const at = mag === undefined ? k : k + 1;
    const u = COUNT_UNITS.find((x) => text.startsWith(x, at));
    if (u) {
      unit = u;
      scale = mag ?? 0;
      k = at + u.length;
    } else if (mag === undefined && (text[k] === '%' || text[k] === '％')) {
      unit = '%';
      k++;
    }
  }
  if (!unit) return none;
  if (unit === '个' && AFTER_GE.test(text.slice(k, k + 4))) return none;
  const before = text.slice(Math.max(0, i - 3), i).replace(/[ \u00a0]$/, '');
  // 前3名: a rank, not a count.
  if (unit === '名' && /[前后]$/.test(before)) return none;
  if (APPROX_AFTER.test(text.slice(k, k + 2))) approximate = true;
  if (APPROX_BEFORE.some((w) => before.endsWith(w)) || RANGE_BEFORE.test(before)) approximate = true;
  const digits = text.slice(i, end);
  let decimal = '';
  for (const c of digits) if (c !== ',') decimal += c === '．' ? '.' : ascii(c);
  // Counts are whole numbers: "1.5件" is not a count.
  if (decimals > 0 && !money && unit !== '%' && scale === 0) return none;
  return {
    q: {
      start: i,
      end,
      fullEnd: k,
      digits,
      decimal,
      decimals,
      unit,
      unitText: text.slice(end, k),
      scale,
      exact: !money && unit !== '%' && scale === 0,
      approximate,
      clauseStart,
    },
    next: end,
  };
}
