// CLI throughput over generated report files, in the same run as markdownlint-cli2 (a peer that lints
// text files) on the same files. The files are written to a temporary folder and removed afterwards.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { availableParallelism, tmpdir } from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { variantReport } from './documents';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

export interface CliRun {
  readonly label: string;
  readonly ms: number;
  readonly exit: number | null;
}

export interface CliFigures {
  readonly files: number;
  readonly runs: readonly CliRun[];
  readonly peerMs: number;
  readonly peerExit: number | null;
}

function timed(label: string, cmd: string, args: string[], cwd: string): CliRun {
  const t0 = performance.now();
  // Output goes nowhere for both tools: the figures are about checking, not the terminal.
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = performance.now() - t0;
  if (r.status === null || r.status > 1) throw new Error(`${label} failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { label, ms: elapsed, exit: r.status };
}

export function measureCli(count = 2000): CliFigures {
  const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-bench-'));
  try {
    const reports = path.join(dir, 'reports');
    mkdirSync(reports);
    for (let i = 0; i < count; i++) writeFileSync(path.join(reports, `report-${String(i).padStart(4, '0')}.txt`), variantReport(i));
    // An empty configuration, so markdownlint-cli2 runs its default rules on exactly these files.
    writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), '{}\n');
    const jobs = Math.max(2, availableParallelism());
    const runs = [
      timed('gov-report-lint -j 1 (main thread)', process.execPath, [CLI, '-j', '1', '--format', 'json', 'reports'], dir),
      timed(`gov-report-lint -j ${jobs} (worker threads)`, process.execPath, [CLI, '-j', String(jobs), '--format', 'json', 'reports'], dir),
    ];
    const peer = timed('markdownlint-cli2', process.execPath, [MARKDOWNLINT, 'reports/*.txt'], dir);
    return { files: count, runs, peerMs: peer.ms, peerExit: peer.exit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
