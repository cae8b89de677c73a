import { LineKind, ReportModel } from '../../model/types';
import { Line } from '../../text/line-index';
import { TextRange } from '../../text/range';

/** CJK unified ideographs (the basic block and extension A). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Full-width punctuation of Chinese text: 。，、；：？！（）《》〈〉【】“”‘’… and the full-width forms. */
export function isCjkPunct(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || '“”‘’…—·'.includes(ch);
}

/** A character that makes its neighbourhood Chinese text. */
export function isCjk(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return !!ch && ch >= '0' && ch <= '9';
}

/** The lines of the given kinds, with their kind. */
export function linesOf(model: ReportModel, kinds: readonly LineKind[]): { line: Line; kind: LineKind }[] {
  const out: { line: Line; kind: LineKind }[] = [];
  for (const line of model.lines.lines) {
    const kind = model.lineKinds[line.number];
    if (kinds.includes(kind)) out.push({ line, kind });
  }
  return out;
}

/** Whether a range overlaps any of the (sorted or not) ranges; used to leave other rules' spans alone. */
export function insideAny(r: TextRange, spans: readonly TextRange[]): boolean {
  return spans.some((s) => r.start < s.end && s.start < r.end);
}

/** Memoises a per-model computation (several rules read the same spans). */
export function perModel<T>(compute: (model: ReportModel) => T): (model: ReportModel) => T {
  const cache = new WeakMap<ReportModel, T>();
  return (model) => {
    let v = cache.get(model);
    if (v === undefined) {
      v = compute(model);
      cache.set(model, v);
    }
    return v;
  };
}

/** "138****5678": enough to find the number again, without repeating it in logs and reports. */
export function mask(s: string, keepStart: number, keepEnd: number): string {
  if (s.length <= keepStart + keepEnd) return s;
  return s.slice(0, keepStart) + '*'.repeat(s.length - keepStart - keepEnd) + s.slice(s.length - keepEnd);
}
