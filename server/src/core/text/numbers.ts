import { mapped } from '../arrays';
/** What reading a table cell's text as a number found. */
export interface CellReading {
  /** the number, when the cell can be read as one */
  readonly value: number | undefined;
  /** where the number's characters are inside the raw text (start, end), for exact edits */
  readonly valueSpan: readonly [number, number] | undefined;
  readonly blank: boolean;
  /** "/", "-", "—", "无", "空" written where a number belongs */
  readonly placeholder: boolean;
  /** a unit or magnitude character next to the number: 1.47亿, 251000元, 万元 */
  readonly unit: string | undefined;
  readonly signed: boolean;
  readonly fractional: boolean;
  /** NBSP, thousands separators, full-width digits or a bookmark artifact had to be removed */
  readonly normalised: boolean;
  readonly bookmark: boolean;
  /** text that is neither a number, a unit nor layout debris */
  readonly junk: boolean;
}

const NUMBER = /[+\-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const UNIT = /^(?:亿元|亿|万元|万|千元|元|件|个|项|次|条|%)$/;
/** "/", "-", "—", "－", "–", "无", "空", "\": each stands alone in a cell where a number belongs. */
const PLACEHOLDER_CODES = new Set([0x2f, 0x2d, 0x2014, 0xff0d, 0x2013, 0x65e0, 0x7a7a, 0x5c]);
/** Digits past 15 lose precision as a number, so such a cell is left to the general reading. */
const MAX_PLAIN_DIGITS = 15;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The value span of a bare count, [0, length], by length: one frozen pair each rather than one per cell. */
const WHOLE_SPANS: readonly (readonly [number, number])[] = Array.from({ length: MAX_PLAIN_DIGITS + 1 }, (_, n) => Object.freeze([0, n] as const));

/** Layout characters dropped before a value is read; NUL stands for a removed bookmark. */
function isDropped(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || code === 0x200b || code === 0xfeff || code === 0;
}

/** Full-width ASCII (！ to ～) to ASCII and the minus sign to a hyphen: the characters a value is read from. */
function halfWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x2212 ? 0x2d : code;
}

/** A bare count such as "12": nearly every cell is one. */
function isPlainCount(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > MAX_PLAIN_DIGITS) return false;
  for (let i = 0; i < n; i++) if (!isDigit(raw.charCodeAt(i))) return false;
  return true;
}

/**
 * Reads a table cell (NUM-1…NUM-3 of the domain): layout debris is normalised away for reading the value,
 * but every normalisation is reported so that rules can flag it.
 */
export function readCell(raw: string): CellReading {
  if (!isPlainCount(raw)) return readGeneral(raw);
  // Read without the general machinery below, and shared when it is a small count.
  const small = smallCount(raw);
  return small === undefined ? countReading(raw) : SMALL_COUNTS[small];
}

/** The reading of a bare count; the general reading builds its objects with another key order. */
function countReading(raw: string): CellReading {
  return { value: Number(raw), valueSpan: WHOLE_SPANS[raw.length], blank: false, placeholder: false, unit: undefined, signed: false, fractional: false, normalised: false, bookmark: false, junk: false };
}

/**
 * The readings of "0" to "999", nearly every cell of a report (most are zeros). A reading is an immutable
 * value, so each of these is built once and shared rather than allocated again for every cell: a 1 MB
 * paste of tables otherwise keeps tens of thousands of equal readings alive.
 */
const SMALL_COUNTS: readonly CellReading[] = Array.from({ length: 1000 }, (_, n) => Object.freeze(countReading(String(n))));

/** The value of a bare count written as "0" to "999" without a leading zero, else undefined. */
function smallCount(raw: string): number | undefined {
  const first = raw.charCodeAt(0) - 0x30;
  if (raw.length === 1) return first;
  if (first === 0 || raw.length > 3) return undefined;
  const two = first * 10 + raw.charCodeAt(1) - 0x30;
  return raw.length === 2 ? two : two * 10 + raw.charCodeAt(2) - 0x30;
}

const BOOKMARK_OPEN = '[bookmark:';

/**
 * Bookmark artifacts ("[bookmark: _GoBack]", up to the first "]") replaced by NULs of the same length, so
 * that offsets into the raw text stay valid. Found with indexOf: a replacement with a callback cost a
 * microsecond for each cell that has one.
 */
function withoutBookmarks(raw: string): { stripped: string; removed: number } {
  let open = raw.indexOf(BOOKMARK_OPEN);
  if (open < 0) return { stripped: raw, removed: 0 };
  let stripped = '';
  let removed = 0;
  let from = 0;
  while (open >= 0) {
    const close = raw.indexOf(']', open + BOOKMARK_OPEN.length);
    // Without a "]" after it, neither this opening nor any later one ends an artifact.
    if (close < 0) break;
    const length = close + 1 - open;
    stripped += raw.slice(from, open) + '\u0000'.repeat(length);
    removed += length;
    from = close + 1;
    open = raw.indexOf(BOOKMARK_OPEN, from);
  }
  return { stripped: stripped + raw.slice(from), removed };
}

function readGeneral(raw: string): CellReading {
  const { stripped, removed } = withoutBookmarks(raw);
  const bookmark = removed > 0;
  // One pass over the character codes finds what decides the reading; the normalised text itself is
  // only needed when there is a digit to read.
  let kept = 0;
  let first = 0;
  let digit = false;
  let comma = false;
  let fullWidth = false;
  let changed = bookmark;
  for (let i = 0; i < stripped.length; i++) {
    const code = stripped.charCodeAt(i);
    if (isDropped(code)) {
      changed = true;
      continue;
    }
    const h = halfWidth(code);
    if (h !== code) changed = true;
    if (code >= 0xff01 && code <= 0xff5e) fullWidth = true;
    if (kept === 0) first = h;
    kept++;
    if (isDigit(h)) digit = true;
    else if (h === 0x2c) comma = true;
  }
  // A bookmark makes the reading normalised whatever else it holds (a full-width character inside the
  // bookmark is not seen by the scan above, and need not be).
  const normalised = bookmark || kept !== raw.length - removed || fullWidth || comma;
  if (kept === 0) return valueless(BLANK, bookmark, normalised);
  if (kept === 1 && PLACEHOLDER_CODES.has(first)) return valueless(PLACEHOLDER, bookmark, normalised);
  if (!digit) return valueless(JUNK, bookmark, normalised);
  return changed ? readNumber(normalisedText(stripped), bookmark, normalised) : readNumber({ text: raw, origin: undefined }, bookmark, normalised);
}

const BLANK = 0;
const PLACEHOLDER = 1;
const JUNK = 2;

/** A reading without a value: blank, a placeholder or junk, with the two flags it can differ by. */
function valuelessReading(what: number, bookmark: boolean, normalised: boolean): CellReading {
  return { bookmark, normalised, value: undefined, valueSpan: undefined, blank: what === BLANK, placeholder: what === PLACEHOLDER, unit: undefined, signed: false, fractional: false, junk: what === JUNK };
}

/**
 * The twelve readings without a value, by kind and then flags (bookmark twice, normalised once). Every label
 * cell a table reader asks about reads as one: they are shared like the small counts rather than made for
 * each cell. Not frozen, unlike those: a frozen object has a hidden class of its own, one more for every
 * rule that reads a reading's fields to tell apart; `CellReading` is read-only to its users.
 */
const VALUELESS: readonly CellReading[] = [BLANK, PLACEHOLDER, JUNK].flatMap((what) =>
  [false, true].flatMap((bookmark) => mapped([false, true], (normalised) => valuelessReading(what, bookmark, normalised))),
);

function valueless(what: number, bookmark: boolean, normalised: boolean): CellReading {
  return VALUELESS[what * 4 + (bookmark ? 2 : 0) + (normalised ? 1 : 0)];
}

/** The text a value is read from, with the raw offset of each of its characters (undefined: the same offsets). */
interface NormalisedText {
  readonly text: string;
  readonly origin: readonly number[] | undefined;
}

function normalisedText(stripped: string): NormalisedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < stripped.length; i++) {
    const code = stripped.charCodeAt(i);
    if (isDropped(code)) continue;
    text += String.fromCharCode(halfWidth(code));
    origin.push(i);
  }
  return { text, origin };
}

function readNumber({ text, origin }: NormalisedText, bookmark: boolean, normalised: boolean): CellReading {
  const m = NUMBER.exec(text);
  if (!m) return valueless(JUNK, bookmark, normalised);
  const number = m[0];
  const end = m.index + number.length;
  const after = text.slice(end);
  const unit = UNIT.test(after) ? after : undefined;
  const junk = m.index > 0 || (after !== '' && unit === undefined);
  const sign = number.charCodeAt(0);
  return {
    bookmark,
    normalised,
    value: junk ? undefined : Number(number.indexOf(',') < 0 ? number : number.replace(/,/g, '')),
    valueSpan: junk ? undefined : origin ? [origin[m.index], origin[end - 1] + 1] : [m.index, end],
    blank: false,
    placeholder: false,
    unit,
    signed: sign === 0x2b || sign === 0x2d,
    fractional: number.includes('.'),
    junk,
  };
}
