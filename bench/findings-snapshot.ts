// A speed change must change no result. This writes (or compares against) everything the checker
// produces for a few hundred documents: the corpus, corpus reports with other counts, and corpus reports
// damaged at random (lines deleted, duplicated, truncated, characters inserted), plus one large
// concatenation. Each document's findings, tables, outline, folding, code lenses and hovers are
// serialised; `--compare` lists the documents whose output differs.
//   node bench/run.mjs findings-snapshot --save /tmp/before.json
//   node bench/run.mjs findings-snapshot --compare /tmp/before.json
import { readFileSync, writeFileSync } from 'fs';
import { lint } from '../server/src/core/lint';
import { outline } from '../server/src/core/features/outline';
import { foldingRanges } from '../server/src/core/features/folding';
import { tableLenses } from '../server/src/core/features/code-lens';
import { hoverAt } from '../server/src/core/features/hover';
import { corpusFiles, corpusText } from '../test/helpers/corpus';
import { RawCell } from '../server/src/core/model/types';
import { annualReports, bigDocument, rng, variantReport } from './lib/documents';

function damaged(seed: number): string {
  const random = rng(seed);
  const reports = annualReports();
  const lines = reports[seed % reports.length].split('\n');
  const pick = () => Math.floor(random() * lines.length);
  const inserts = ['12', '３４件', '，', '。', '%', '（', '）', '\t', '\t7', '其中', '合计', '　', '一、', '（二）', '\u00a0', '𠀀', '\r'];
  for (let k = 0, n = 1 + Math.floor(random() * 6); k < n; k++) {
    const r = random();
    const at = pick();
    if (r < 0.25) lines.splice(at, 1 + Math.floor(random() * 8));
    else if (r < 0.45) lines.splice(at, 0, ...lines.slice(at, at + 1 + Math.floor(random() * 30)));
    else if (r < 0.55) lines.length = Math.max(1, at);
    else {
      const l = lines[at] ?? '';
      const c = Math.floor(random() * (l.length + 1));
      lines[at] = l.slice(0, c) + inserts[Math.floor(random() * inserts.length)] + l.slice(c);
    }
  }
  return lines.join(random() < 0.2 ? '\r\n' : '\n');
}

function documents(): [string, string][] {
  const docs: [string, string][] = corpusFiles().map((n) => [n, corpusText(n)]);
  for (let s = 0; s < 60; s++) docs.push([`variant-${s}`, variantReport(s)]);
  for (let s = 0; s < 240; s++) docs.push([`damaged-${s}`, damaged(s)]);
  docs.push(['big-300k', bigDocument(300_000, 11)]);
  return docs;
}

function snapshot(text: string): string {
  const { model, findings } = lint(text);
  const hovers: unknown[] = [];
  for (let at = 0; at < Math.min(text.length, 60_000); at += 97) hovers.push(hoverAt(model, at) ?? null);
  return JSON.stringify({
    kind: model.kind,
    format: { ...model.format, template: model.format.template.id },
    title: model.title,
    preamble: model.preamble,
    parts: model.parts.map((p) => [p.number, p.template?.number ?? null, p.range]),
    year: model.year,
    agency: model.agency,
    findings,
    tables: model.tables.map((t) => ({ kind: t.kind, layout: t.layout, part: t.part, range: t.range, dataRows: t.dataRows.map((r) => [r.label, r.template?.id ?? null, r.section ?? null, r.values.map((c) => [c.value ?? null, c.reading, c.valueRange?.start ?? null, c.range.start, c.range.end])]) })),
    headings: model.headings.map((h) => [h.level, h.number, h.title, h.lineRange.start]),
    lineKinds: model.lineKinds.join(''),
    outline: outline(model),
    folding: foldingRanges(model),
    lenses: tableLenses(model),
    hovers,
  }, sameSource);
}

/**
 * The same source written two ways is one snapshot: a cell of one piece may carry its range as its only
 * segment or no segments, and a row's cells are written as read from the source (text, range, segments),
 * whether or not the cell objects also hold their reading.
 */
function sameSource(key: string, value: unknown): unknown {
  if (key === 'segments' && Array.isArray(value) && value.length === 1) return undefined;
  if (key === 'cells' && Array.isArray(value)) return value.map((c: RawCell) => ({ text: c.text, range: c.range, segments: c.segments }));
  return value;
}

const [mode, file] = process.argv.slice(2);
const now = Object.fromEntries(documents().map(([name, text]) => [name, snapshot(text)]));
if (mode === '--save' && file) {
  writeFileSync(file, JSON.stringify(now));
  console.log(`saved ${Object.keys(now).length} documents to ${file}`);
} else if (mode === '--compare' && file) {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const differ = Object.keys(before).filter((k) => before[k] !== now[k]);
  for (const k of differ.slice(0, 20)) {
    const a = before[k];
    const b = now[k] ?? '';
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(`${k}: differs at ${i}\n  before …${a.slice(Math.max(0, i - 120), i + 200)}\n  now    …${b.slice(Math.max(0, i - 120), i + 200)}`);
  }
  console.log(`${differ.length} of ${Object.keys(before).length} documents differ`);
  process.exit(differ.length ? 1 : 0);
} else {
  console.error('usage: node bench/run.mjs findings-snapshot --save FILE | --compare FILE');
  process.exit(2);
}
