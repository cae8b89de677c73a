import { isBlank } from './chars';
import { Quantity } from './quantity';
import { MarkerKind, Scan, ScanEvent, Strength } from './scan';
import { mapped } from '../../arrays';

/**
 * A stated total and the parts listed for it: "共收到提案191件，其中，经济建设方面27件，…，生态建设方面13件"
 * (explicit marker), "预决算197条（部门预算32条、部门决算165条）" (a bracket right after a part) or
 * "被提起行政诉讼共5件，结果维持2件，尚未审结2件，其他1件" (a 共-total followed directly by a list: implicit).
 */
export interface Itemisation {
  readonly kind: 'explicit' | 'bracket' | 'implicit';
  /** false when the list may leave parts out (主要涉及, 含…, …等): then only parts above the total are wrong */
  readonly exhaustive: boolean;
  /** the stated total; several when it is itself a 、-list ("议案65件、建议10件，其中…") */
  readonly totals: readonly Quantity[];
  /**
   * The list says it is complete: a remainder part (其他方面6件), the fixed outcome categories of 表三/表四
   * (予以公开…, 维持/纠正/未审结), or 分别为. A complete list that falls short is an error; an unmarked
   * 其中-list that falls short may just name some parts ("公开信息1250条，其中政策文件86条…"): a warning.
   */
  readonly complete: boolean;
  readonly items: readonly Item[];
  /**
   * When the separators change inside the list ("A 3件，B 4件；C 5件"), the list may end at the stronger
   * one: this is the length up to there, and either reading is accepted.
   */
  readonly strictLength: number | undefined;
}

export interface Item {
  readonly q: Quantity;
  /** "占35.71%" written with the part */
  readonly share: Quantity | undefined;
  /** strongest separator since the previous part (0 for the first) */
  readonly sepBefore: number;
  /** the words naming the part: "城建国土方面", "予以公开" */
  readonly label: string;
}

/** Totals and parts found in one paragraph, and every quantity read as a part (for the restatement check). */
export interface ParagraphSums {
  readonly itemisations: readonly Itemisation[];
  readonly parts: ReadonlySet<number>;
}

const MAX_ITEMS = 200;
const MAX_BRACKET = 400;
const STRONG_TOTAL = /合计|总计|总共|共计|(?<![公总])共(?![同享建性识产青济赢治鸣通])/;
/** In a bracket or an implicit list these make the numbers comparisons, not parts: "（2019年为38件）". */
const COMPARISON = /同比|同期|较|比上|增加|减少|增长|下降|上升|[0-9０-９]{4}年/;
const COLON = 0x3a;
const FULLWIDTH_COLON = 0xff1a;
const PARTIAL_START = /^(?:含|包含|如|例如|比如|主要|其中包括)/;

const GONG = '共'.charCodeAt(0);
const JI = '计'.charCodeAt(0);

/**
 * STRONG_TOTAL matches in text.slice(from, to). Every word of it holds 共 or 计, and most stretches asked
 * about (the lead of every number followed by a comma) hold neither: those are answered without the slice
 * and the match, which are made only for a stretch that may hold one.
 */
function strongTotalIn(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && text.charCodeAt(i) !== GONG && text.charCodeAt(i) !== JI) i++;
  return i < to && STRONG_TOTAL.test(text.slice(from, to));
}

export function hasStrongTotal(text: string, q: Quantity): boolean {
  return strongTotalIn(text, Math.max(q.clauseStart, q.start - 40), q.start);
}

const isColon = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c === FULLWIDTH_COLON || c === COLON;
};
const sameUnit = (a: Quantity, b: Quantity) => a.unit === b.unit;

/** Walks back from a marker to the quantity it itemises; the gap may hold only separators and brackets. */
function findTotal(scan: Scan, k: number, respectively: boolean): number | undefined {
  const { text, events } = scan;
  const depth = events[k].depth;
  let cursor = events[k].at;
  let commas = 0;
  // "…1件涉及2件": a marker glued to a number is a verb of its clause; a total is set off by punctuation.
  let separated = false;
  for (let j = k - 1, steps = 0; j >= 0 && steps < 12; j--, steps++) {
    const e = events[j];
    if (!respectively && !isBlank(text, e.end, cursor)) return undefined;
    if (respectively && events[k].at - e.end > 80) return undefined;
    if (e.depth !== depth) return undefined;
    if (e.kind === 'close') {
      j = e.open;
      cursor = events[j].at;
      continue;
    }
    if (e.kind === 'sep') {
      if (e.strength === 1 && !respectively) return undefined;
      if (e.strength === 2 && respectively && ++commas > 1) return undefined;
      if (e.strength >= 3 && respectively) return undefined;
      separated = true;
      cursor = e.at;
      continue;
    }
    if (e.kind === 'q') return !separated || (e.q.unit === '%' && respectively) ? undefined : j;
    return undefined;
  }
  return undefined;
}

/** "议案65件、建议10件，其中…": the 、-joined quantities that end in the total make up the total. */
function siblings(scan: Scan, t: number): Quantity[] {
  const { text, events } = scan;
  const total = (events[t] as Extract<ScanEvent, { kind: 'q' }>).q;
  const out = [total];
  let j = t;
  while (out.length < 30) {
    const sep = events[j - 1];
    const prev = events[j - 2];
    if (!sep || !prev || sep.kind !== 'sep' || sep.strength !== 1 || prev.kind !== 'q' || prev.depth !== events[t].depth) break;
    if (!sameUnit(prev.q, total) || prev.q.unit === '%' || !isBlank(text, prev.end, sep.at)) break;
    // The label between 、 and the next number is short: "、建议10件", not a whole clause.
    if (events[j].at - sep.end > 15) break;
    out.unshift(prev.q);
    j -= 2;
  }
  return out;
}

interface Clause {
  qs: Quantity[];
  /** index in `qs` after which a 、 was seen, per quantity: a clause may hold several parts only as a 、-list */
  joined: boolean[];
  /** where each quantity's label starts (after 、, the previous number or a bracket) */
  labels: number[];
  percents: Quantity[];
  start: number;
  end: number;
}

type ClauseVerdict = 'items' | 'annotation' | 'skip' | 'end' | 'abort';

/**
 * Reads the parts after a marker, clause by clause, at one bracket depth. Returns undefined when the list
 * is ambiguous (two numbers in one clause not joined by 、, units mixed inside the list, a second 其中).
 */
function readItems(scan: Scan, from: number, depth: number, total: Quantity, regionStart: number): { items: Item[]; end: number } | undefined {
  const { text, events } = scan;
  const items: Item[] = [];
  let sepSince = 0;
  let clause: Clause = { qs: [], joined: [], labels: [], percents: [], start: regionStart, end: regionStart };
  let boundary = regionStart;
  let clauses = 0;
  let lastEnd = regionStart;
  const percentTotal = total.unit === '%';

  const finish = (): ClauseVerdict => {
    const c = clause;
    // Counted, not filtered: every clause read asks. `qs` holds a percentage only when the total is one
    // (the others went to `percents`), so each of its quantities is a part or of another unit.
    let parts = 0;
    for (const q of c.qs) if (sameUnit(q, total)) parts++;
    const others = c.qs.length - parts;
    // "其中，A 9件": the empty clause between the marker and its comma.
    if (c.qs.length === 0 && c.percents.length === 0 && clauses === 0 && isBlank(text, c.start, c.end)) return 'skip';
    const first = clauses === 0;
    clauses++;
    if (parts === 0) {
      if (others > 0) return first ? 'abort' : 'end';
      if (!percentTotal && c.percents.length > 0 && c.end - c.start <= 20 && items.length > 0) {
        const share = c.percents.find((p) => /占(?:比)?(?:总数的)?$/.test(text.slice(Math.max(c.start, p.start - 5), p.start)));
        const last = items[items.length - 1];
        if (share && !last.share) items[items.length - 1] = { ...last, share };
        return 'annotation';
      }
      return 'end';
    }
    if (others > 0) return 'abort';
    // From here every quantity of the clause is a part.
    const itemQs = c.qs;
    if (!first && strongTotalIn(text, Math.max(c.start, itemQs[0].start - 40), itemQs[0].start)) return 'end';
    for (let i = 1; i < itemQs.length; i++) if (!c.joined[i]) return 'abort';
    itemQs.forEach((q, i) => {
      const share = percentTotal ? undefined : c.percents.find((p) => p.start > q.start && (i + 1 === itemQs.length || p.start < itemQs[i + 1].start) && /占/.test(text.slice(q.fullEnd, p.start)));
      const label = text.slice(Math.max(c.labels[i], q.start - 30), q.start).trim();
      items.push({ q, share, sepBefore: items.length === 0 ? 0 : i === 0 ? sepSince : 1, label });
    });
    sepSince = 0;
    lastEnd = c.end;
    return 'items';
  };

  let sawJoin = false;
  for (let j = from; j < events.length && items.length <= MAX_ITEMS; j++) {
    const e = events[j];
    if (e.kind === 'close' && e.depth < depth) break;
    if (e.kind === 'sep' && e.strength === 4) break;
    if (e.kind === 'open') {
      if (e.close < 0) break;
      // A bracket right after a part may carry its share: "63件（占54.3%）".
      let pct: ScanEvent | undefined;
      for (let x = j + 1; x < Math.min(e.close, j + 4) && !pct; x++) {
        const inner = events[x];
        if (inner.kind === 'q' && inner.q.unit === '%' && inner.depth === depth + 1) pct = inner;
      }
      if (pct && pct.kind === 'q' && /^占/.test(text.slice(e.end, pct.at))) clause.percents.push(pct.q);
      j = e.close;
      boundary = events[j].end;
      continue;
    }
    if (e.kind === 'marker' && e.depth === depth) {
      if (e.marker === 'respectively') continue;
      return undefined;
    }
    if (e.kind === 'q' && e.depth === depth) {
      if (clause.qs.length + clause.percents.length > MAX_ITEMS) return undefined;
      if (e.q.unit === '%' && !percentTotal) clause.percents.push(e.q);
      else {
        clause.qs.push(e.q);
        clause.joined.push(sawJoin);
        clause.labels.push(boundary);
      }
      boundary = e.end;
      sawJoin = false;
      clause.end = e.end;
      continue;
    }
    if (e.kind === 'sep' && e.depth === depth) {
      if (e.strength === 1) {
        sawJoin = true;
        boundary = e.end;
        if (clause.qs.length === 0) sepSince = Math.max(sepSince, 1);
        continue;
      }
      clause.end = e.at;
      const verdict = finish();
      if (verdict === 'abort') return undefined;
      if (verdict === 'end') return { items, end: lastEnd };
      sepSince = Math.max(sepSince, e.strength as Strength);
      clause = { qs: [], joined: [], labels: [], percents: [], start: e.end, end: e.end };
      boundary = e.end;
      sawJoin = false;
    }
  }
  if (items.length > MAX_ITEMS) return undefined;
  clause.end = Math.max(clause.end, clause.qs.length ? clause.qs[clause.qs.length - 1].fullEnd : clause.end);
  const verdict = finish();
  if (verdict === 'abort') return undefined;
  return { items, end: lastEnd };
}

/** "…9件等": the list says it is not complete. */
function endsWithEtc(scan: Scan, items: readonly Item[]): boolean {
  const last = items[items.length - 1].q;
  const after = scan.text.slice(last.fullEnd, Math.min(last.fullEnd + 40, scan.end));
  return /^[\s\u00a0]*(?:[（(][^（()）]*[)）])?[\s\u00a0]*等/.test(after);
}

function strictLength(items: readonly Item[]): number | undefined {
  if (items.length < 3) return undefined;
  const base = items[1].sepBefore;
  for (let i = 2; i < items.length; i++) if (items[i].sepBefore > base) return i;
  return undefined;
}

const REMAINDER = /其他|其它|其余|剩余|另外/;
const OUTCOME = /(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|维持|纠正|其他结果|未审结)$/;

function build(scan: Scan, kind: Itemisation['kind'], marker: MarkerKind, totals: Quantity[], items: Item[]): Itemisation | undefined {
  if (items.length < 2) return undefined;
  const exhaustive = marker !== 'partial' && !endsWithEtc(scan, items);
  const strict = strictLength(items);
  const list = strict ? items.slice(0, strict) : items;
  const complete = marker === 'respectively' || list.some((i) => REMAINDER.test(i.label)) || list.every((i) => OUTCOME.test(i.label));
  return { kind, exhaustive, complete, totals, items, strictLength: strict };
}

/** Most paragraphs itemise nothing: they share this result instead of building empty lists and sets. */
const NOTHING_FOUND: ParagraphSums = { itemisations: [], parts: new Set() };

export function findItemisations(scan: Scan): ParagraphSums {
  const { text, events } = scan;
  const found: Itemisation[] = [];
  for (let k = 0; k < events.length; k++) {
    const e = events[k];
    if (e.kind === 'marker') {
      const t = findTotal(scan, k, e.marker === 'respectively');
      if (t === undefined) continue;
      // "A、B分别为3件、4件" after an unrelated number: only a stated 共-total is itemised by 分别.
      if (e.marker === 'respectively' && !hasStrongTotal(text, (events[t] as Extract<ScanEvent, { kind: 'q' }>).q)) continue;
      const totals = siblings(scan, t);
      const read = readItems(scan, k + 1, e.depth, totals[totals.length - 1], e.end);
      const it = read && build(scan, 'explicit', e.marker, totals, read.items);
      if (it) found.push(it);
      continue;
    }
    if (e.kind !== 'q') continue;
    const next = events[k + 1];
    if (!next || !isBlank(text, e.end, next.at)) continue;
    // A bracket of parts is short; a long one is a remark (and reading it per number would be quadratic).
    if (next.kind === 'open' && next.close > 0 && events[next.close].at - next.end <= MAX_BRACKET) {
      // A bracket right after a number: its content may list the number's parts.
      const first = events[k + 2];
      const lead = first && first.kind === 'marker' && first.depth === e.depth + 1 && isBlank(text, next.end, first.at) ? first : undefined;
      const body = text.slice(next.end, events[next.close].at);
      if (!lead && COMPARISON.test(body)) continue;
      const marker: MarkerKind = lead ? lead.marker : PARTIAL_START.test(body.trim()) ? 'partial' : 'exhaustive';
      const read = readItems(scan, lead ? k + 3 : k + 2, e.depth + 1, e.q, lead ? lead.end : next.end);
      const it = read && read.end <= events[next.close].at ? build(scan, 'bracket', marker, [e.q], read.items) : undefined;
      if (it) found.push(it);
      continue;
    }
    // "被提起行政诉讼共5件，结果维持2件，…": a 共-total followed at once by a list, without a marker.
    if (next.kind === 'sep' && (next.strength === 2 || next.strength === 3) && !isColon(text, next.at)) {
      const after = events[k + 2];
      if (after && after.kind === 'marker') continue;
      const prev = events[k - 1];
      if (prev && prev.kind === 'sep' && prev.strength === 1) continue;
      if (e.q.unit === '%' || !hasStrongTotal(text, e.q)) continue;
      const read = readItems(scan, k + 2, e.depth, e.q, next.end);
      if (!read || COMPARISON.test(text.slice(next.end, read.end))) continue;
      const it = build(scan, 'implicit', 'exhaustive', [e.q], read.items);
      if (it) found.push(it);
      continue;
    }
    // "共收到申请50件：予以公开30件，…": a colon works as a marker.
    if (next.kind === 'sep' && isColon(text, next.at)) {
      const totals = siblings(scan, k);
      const read = readItems(scan, k + 2, e.depth, e.q, next.end);
      const it = read && build(scan, 'explicit', 'exhaustive', totals, read.items);
      if (it) found.push(it);
    }
  }
  if (found.length === 0) return NOTHING_FOUND;
  // "共受理12件，A、B分别为3件、4件" is read from 分别为 and again as a 共-list: keep the marked reading.
  const marked = new Set(mapped(found.filter((it) => it.kind !== 'implicit'), (it) => it.totals[it.totals.length - 1].start));
  const kept = found.filter((it) => it.kind !== 'implicit' || !marked.has(it.totals[0].start));
  const parts = new Set<number>();
  for (const it of kept) {
    for (const item of it.items) parts.add(item.q.start);
    if (it.totals.length > 1) for (const t of it.totals) parts.add(t.start);
  }
  return { itemisations: kept, parts };
}
