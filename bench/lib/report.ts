import { CliFigures } from './cli';
import { LspFigures } from './lsp';
import { RatioRow } from './ratio';
import { ms, table } from './stats';

export function lspTables(f: LspFigures): string {
  const rt = table(
    ['didChange → publishDiagnostics', 'size', 'edits', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
    [...f.roundTrips, f.paste.before, f.paste.during].map((r) => [r.label, r.chars < 1e5 ? `${(r.chars / 1e3).toFixed(1)} k chars` : `${(r.chars / 1e6).toFixed(1)} M chars`, String(r.edits), ms(r.p50), ms(r.p95), ms(r.max)]),
  );
  return [
    rt,
    '',
    `10 MB paste: its diagnostics after ${ms(f.paste.pasteMs)} ms (worker thread); meanwhile the small document was edited ${f.paste.during.edits} times.`,
    `Server RSS after opening ${f.memory.count} reports: ${f.memory.rssMb.toFixed(0)} MB (${f.memory.idleMb.toFixed(0)} MB idle).`,
  ].join('\n');
}

export function cliTable(f: CliFigures): string {
  return table(
    ['command', 'files', 'wall (s)', 'files/s', 'vs markdownlint-cli2'],
    f.runs.map((r) => [r.label, String(f.files), (r.ms / 1000).toFixed(2), (f.files / (r.ms / 1000)).toFixed(0), `${(f.peerMs / r.ms).toFixed(2)}× faster`]),
  );
}

export function summaryTable(ratio: readonly RatioRow[], lsp: LspFigures, cli: CliFigures): string {
  const worst = Math.max(...ratio.map((r) => r.ratio));
  const rt = (label: string) => lsp.roundTrips.find((r) => r.label.startsWith(label))!;
  const best = Math.min(...cli.runs.map((r) => r.ms));
  const rows: string[][] = [
    ['full check ÷ line split, worst corpus report', `${worst.toFixed(1)}×`, '≤ 20×'],
    ['LSP round trip p50 / p95, ~20 KB report', `${ms(rt('~20 KB').p50)} / ${ms(rt('~20 KB').p95)} ms`, 'p95 < 15 ms'],
    ['LSP round trip p50 / p95, 1 MB document', `${ms(rt('1 MB').p50)} / ${ms(rt('1 MB').p95)} ms`, 'p95 < 250 ms'],
    ['LSP round trip p50 / p95, 10 MB document', `${ms(rt('10 MB').p50)} / ${ms(rt('10 MB').p95)} ms`, '—'],
    ['small document p95 while a 10 MB paste is checked (before the paste)', `${ms(lsp.paste.during.p95)} ms (${ms(lsp.paste.before.p95)} ms)`, 'not blocked'],
    [`CLI, ${cli.files} reports, ${cli.runs[cli.runs.length - 1].label.replace(/^.*-j (\d+).*$/, '$1')} workers vs markdownlint-cli2`, `${(cli.files / (best / 1000)).toFixed(0)} vs ${(cli.files / (cli.peerMs / 1000)).toFixed(0)} files/s (${(cli.peerMs / best).toFixed(2)}×)`, 'faster'],
    [`server RSS after opening ${lsp.memory.count} reports`, `${lsp.memory.rssMb.toFixed(0)} MB`, '< 200 MB'],
  ];
  return table(['figure', 'measured', 'target'], rows);
}
