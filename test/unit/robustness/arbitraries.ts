import fc from 'fast-check';
import { lint, LintOptions } from '../../../server/src/core/lint';
import { Finding } from '../../../server/src/core/rules/types';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';

/** fast-check settings: a fixed seed so that CI is repeatable; FAST_CHECK_SEED=<n> explores others. */
export function fcParams(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : 20240901;
  return { numRuns, seed, endOnFailure: true };
}

/** Pieces the report grammar reacts to: numerals, markers, table separators, units, spaces, breaks. */
const PIECES = [
  '一、', '二、', '六、', '（一）', '(二)', '1.', '1、', '（1）', '\t', '\t12', '\t0', '|', '| --- |', '\n', '\r\n', '\r', '\n\n',
  '年', '2021', '2020年', '件', '%', '占', '54.3%', '同比', '增长', '下降', '万元', '—', '/', '无', '。', '；', '，', '：', '“', '”',
  '本年新收', '上年结转', '予以公开', '总计', '行政复议', '行政诉讼', '结果维持', '政府信息公开工作年度报告', '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况', '第二十条第（一）项', '[bookmark: _GoBack]', '\u00a0', '\u3000', ' ', '１２３', '0533-7212036',
  '370303199001011234', 'C:\\Users\\a\\报告.docx', '〔2021〕3号', '二〇二一年一月一日', '😀', '\ud800', '\u0000',
];

/** Text built from report-like pieces and arbitrary characters. */
export const reportishText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) }), { maxLength: 300 })
  .map((parts) => parts.join(''));

/** A corpus annual report. */
export const corpusReport = fc.constantFrom(...ANNUAL_REPORTS).map((name) => corpusText(name));

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** One edit of a report: insertion, deletion, a duplicated or truncated table. */
export type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'duplicate-table'; readonly table: number }
  | { readonly kind: 'truncate-table'; readonly table: number; readonly keep: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(reportishText, fc.constantFrom(...PIECES)) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate-table' as const), table: fc.nat() }),
  fc.record({ kind: fc.constant('truncate-table' as const), table: fc.nat(), keep: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

/** Applies mutations in turn; positions are taken modulo the text (insertions at a line start half the time). */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    if (m.kind === 'insert') {
      const starts = lineStarts(t);
      const at = m.at % 2 === 0 ? starts[m.at % starts.length] : m.at % (t.length + 1);
      t = t.slice(0, at) + m.text + t.slice(at);
    } else if (m.kind === 'delete') {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + t.slice(at + m.length);
    } else {
      const tables = lint(t, { assumeReport: true }).model.tables;
      if (!tables.length) continue;
      const table = tables[m.table % tables.length];
      const source = t.slice(table.range.start, table.range.end);
      if (m.kind === 'duplicate-table') t = t.slice(0, table.range.end) + '\n\n' + source + t.slice(table.range.end);
      else {
        const cut = table.range.start + Math.floor(source.length * m.keep);
        t = t.slice(0, cut) + t.slice(table.range.end);
      }
    }
  }
  return t;
}

/** Lints and turns every rule error (a throw, or a range or fix the engine refused) into an exception. */
export function strictLint(text: string, options: LintOptions = {}): readonly Finding[] {
  const errors: string[] = [];
  const { findings } = lint(text, { ...options, onRuleError: (id, e) => errors.push(`${id}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`) });
  if (errors.length) throw new Error(`rule errors:\n${errors.join('\n')}`);
  return findings;
}
