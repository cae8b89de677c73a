
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

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const PLACEHOLDER = /^(?:\/|-|—|－|–|无|空|\\)$/;
const NUMBER = /[+\-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const UNIT = /^(?:亿元|亿|万元|万|千元|元|件|个|项|次|条|%)$/;

/**
 * Reads a table cell (NUM-1…NUM-3 of the domain): layout debris is normalised away for reading the value,
 * but every normalisation is reported so that rules can flag it.
 */
const PLAIN = /^\d{1,15}$/;

export function readCell(raw: string): CellReading {
  // Nearly every cell is a bare count; read it without the general machinery.
  if (PLAIN.test(raw)) {
    return { value: Number(raw), valueSpan: [0, raw.length], blank: false, placeholder: false, unit: undefined, signed: false, fractional: false, normalised: false, bookmark: false, junk: false };
  }
  const bookmark = BOOKMARK.test(raw);
  BOOKMARK.lastIndex = 0;
  // Keep a map from normalised characters back to raw offsets so the value span is exact.
  const chars: string[] = [];
  const origin: number[] = [];
  const stripped = raw.replace(BOOKMARK, (m) => '\u0000'.repeat(m.length));
  for (let i = 0; i < stripped.length; i++) {
    const c = stripped[i];
    if (c === '\u0000' || c === ' ' || c === '\u00a0' || c === '\u3000' || c === '\t' || c === '\u200b' || c === '\ufeff') continue;
    const code = c.charCodeAt(0);
    let h = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
    if (h === '，') h = ',';
    if (c === '\u2212') h = '-';
    chars.push(h);
    origin.push(i);
  }
  const text = chars.join('');
  const hadSpaces = text.length !== raw.replace(BOOKMARK, '').length;
  const fullWidth = /[\uff01-\uff5e]/.test(raw);
  const base = {
    bookmark,
    normalised: bookmark || hadSpaces || fullWidth || /,/.test(text),
  };
  if (text === '') {
    return { ...base, value: undefined, valueSpan: undefined, blank: true, placeholder: false, unit: undefined, signed: false, fractional: false, junk: false };
  }
  if (PLACEHOLDER.test(text)) {
    return { ...base, value: undefined, valueSpan: undefined, blank: false, placeholder: true, unit: undefined, signed: false, fractional: false, junk: false };
  }
  const m = NUMBER.exec(text);
  if (!m) {
    return { ...base, value: undefined, valueSpan: undefined, blank: false, placeholder: false, unit: undefined, signed: false, fractional: false, junk: true };
  }
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const unit = UNIT.test(after) ? after : undefined;
  const junk = before !== '' || (after !== '' && unit === undefined);
  const value = Number(m[0].replace(/,/g, ''));
  const span: [number, number] = [origin[m.index], origin[m.index + m[0].length - 1] + 1];
  return {
    ...base,
    value: junk ? undefined : value,
    valueSpan: junk ? undefined : span,
    blank: false,
    placeholder: false,
    unit,
    signed: /^[+\-]/.test(m[0]),
    fractional: m[0].includes('.'),
    junk,
  };
}
