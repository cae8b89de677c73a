// Language-server figures through the real stdio transport (node dist/server.js --stdio), as an editor
// sees them: didChange → publishDiagnostics round trips, a 10 MB paste beside a small document, and the
// server's memory after opening 200 reports.
import { ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import { performance } from 'perf_hooks';
import { LspTestClient } from '../../test/lsp/client';
import { bigDocument, rng, variantReport } from './documents';
import { percentile } from './stats';

interface Pos {
  line: number;
  character: number;
}

/** The document as the client holds it: lines, to turn offsets into LSP positions. */
class Doc {
  lines: string[];
  version = 1;
  constructor(
    readonly uri: string,
    text: string,
  ) {
    this.lines = text.split('\n');
  }
  get text(): string {
    return this.lines.join('\n');
  }
  /** Replaces [start, end) of one line and returns the LSP change. */
  edit(line: number, start: number, end: number, newText: string) {
    const l = this.lines[line];
    const change = { range: { start: { line, character: start }, end: { line, character: end } }, text: newText };
    const replaced = l.slice(0, start) + newText + l.slice(end);
    this.lines.splice(line, 1, ...replaced.split('\n'));
    return change;
  }
  /** Deletes a whole line (with its break). */
  deleteLine(line: number) {
    const change = { range: { start: { line, character: 0 } as Pos, end: { line: line + 1, character: 0 } as Pos }, text: '' };
    this.lines.splice(line, 1);
    return change;
  }
}

/**
 * A realistic edit at a random place: type or delete a character in a prose line, change a table count,
 * insert a sentence line or delete a blank line. Undoes drift by keeping the document report-shaped.
 */
function realisticEdit(doc: Doc, random: () => number) {
  for (;;) {
    const line = Math.floor(random() * doc.lines.length);
    const text = doc.lines[line];
    const r = random();
    const cell = /^\t(\d{1,6})$/.exec(text);
    if (cell && r < 0.4) return doc.edit(line, 1, text.length, String(Math.floor(random() * 200)));
    if (!cell && text.length > 10 && !text.startsWith('\t')) {
      const at = Math.floor(random() * text.length);
      if (r < 0.55) return doc.edit(line, at, at, '公开');
      if (r < 0.7) return doc.edit(line, at, Math.min(text.length, at + 1), '');
      if (r < 0.85) return doc.edit(line, text.length, text.length, '\n本年度共收到申请12件，同比增长20%。');
    }
    if (text === '' && r > 0.9 && doc.lines.length > 10) return doc.deleteLine(line);
  }
}

export interface RoundTrips {
  readonly label: string;
  readonly chars: number;
  readonly edits: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export async function roundTrips(client: LspTestClient, label: string, uri: string, text: string, edits: number, seed: number, timeoutMs: number): Promise<RoundTrips> {
  const doc = new Doc(uri, text);
  await client.open(uri, text, 'gov-report');
  await client.waitForDiagnostics(uri, (p) => p.version === 1, timeoutMs);
  const random = rng(seed);
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const change = realisticEdit(doc, random);
    const v = ++doc.version;
    const t0 = performance.now();
    await client.change(uri, v, [change]);
    await client.waitForDiagnostics(uri, (p) => p.version === v, timeoutMs);
    times.push(performance.now() - t0);
  }
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { label, chars: text.length, edits, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

export interface PasteResult {
  /** the small document's round trips while the 10 MB document was being checked */
  readonly during: RoundTrips;
  /** the same, before the paste */
  readonly before: RoundTrips;
  /** time from the paste to the 10 MB document's diagnostics */
  readonly pasteMs: number;
}

/** A 10 MB paste into one document while another one is being edited. */
async function pasteBeside(client: LspTestClient, bigChars: number): Promise<PasteResult> {
  const small = new Doc('file:///bench/small.txt', variantReport(7));
  await client.open(small.uri, small.text, 'gov-report');
  await client.waitForDiagnostics(small.uri, (p) => p.version === 1);
  const bigUri = 'file:///bench/paste-target.txt';
  await client.open(bigUri, '', 'gov-report');
  const random = rng(99);
  const edit = async () => {
    const change = realisticEdit(small, random);
    const v = ++small.version;
    const t0 = performance.now();
    await client.change(small.uri, v, [change]);
    await client.waitForDiagnostics(small.uri, (p) => p.version === v, 60000);
    return performance.now() - t0;
  };
  const before: number[] = [];
  for (let i = 0; i < 50; i++) before.push(await edit());
  const big = bigDocument(bigChars, 5);
  const t0 = performance.now();
  await client.change(bigUri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: big }]);
  let pasteMs = 0;
  const done = client.waitForDiagnostics(bigUri, (p) => p.version === 2, 600000).then(() => (pasteMs = performance.now() - t0));
  const during: number[] = [];
  while (!pasteMs && during.length < 2000) during.push(await edit());
  await done;
  const summary = (label: string, xs: number[]): RoundTrips => ({ label, chars: small.text.length, edits: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) });
  return { before: summary('small document, before the paste', before), during: summary('small document, during the 10 MB check', during), pasteMs };
}

function rssMb(client: LspTestClient): number {
  const pid = (client as unknown as { child: ChildProcess }).child.pid;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Server RSS after opening `count` different reports and waiting for their diagnostics. */
async function rssAfterOpening(count: number): Promise<{ count: number; rssMb: number; idleMb: number }> {
  const client = new LspTestClient();
  try {
    await client.start('zh-cn');
    const idleMb = rssMb(client);
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < count; i++) {
      const uri = `file:///bench/reports/report-${i}.txt`;
      await client.open(uri, variantReport(1000 + i));
      waits.push(client.waitForDiagnostics(uri, () => true, 120000));
    }
    await Promise.all(waits);
    await new Promise((r) => setTimeout(r, 500));
    return { count, rssMb: rssMb(client), idleMb };
  } finally {
    await client.stop();
  }
}

export interface LspFigures {
  readonly roundTrips: readonly RoundTrips[];
  readonly paste: PasteResult;
  readonly memory: { count: number; rssMb: number; idleMb: number };
}

export async function measureLsp(options: { edits20k?: number; edits1m?: number; edits10m?: number } = {}): Promise<LspFigures> {
  const client = new LspTestClient();
  const roundTripsOut: RoundTrips[] = [];
  let paste: PasteResult;
  try {
    await client.start('zh-cn');
    const report = variantReport(4); // linzi-district-2020, 20 KB
    roundTripsOut.push(await roundTrips(client, '~20 KB report', 'file:///bench/report.txt', report, options.edits20k ?? 300, 1, 30000));
    roundTripsOut.push(await roundTrips(client, '1 MB document', 'file:///bench/one-mb.txt', bigDocument(1_000_000, 2), options.edits1m ?? 100, 2, 120000));
    roundTripsOut.push(await roundTrips(client, '10 MB document (worker thread)', 'file:///bench/ten-mb.txt', bigDocument(10_000_000, 3), options.edits10m ?? 10, 3, 600000));
    paste = await pasteBeside(client, 10_000_000);
  } finally {
    await client.stop();
  }
  const memory = await rssAfterOpening(200);
  return { roundTrips: roundTripsOut, paste, memory };
}
