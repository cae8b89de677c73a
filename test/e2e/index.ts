/**
 * Mocha runner executed inside VS Code's extension host (`extensionTestsPath`), both under
 * @vscode/test-electron (run-electron.ts) and in code-server (scripts/e2e/run-code-server.mjs).
 *
 * Results are written as JSON (after every test and at the end) to $GOV_REPORT_E2E_RESULTS, or to
 * `.e2e-results.json` in the first workspace folder when that variable is not set. The code-server
 * runner polls that file; the electron runner uses run()'s rejection.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export interface E2eTestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface E2eResults {
  status: 'running' | 'done' | 'crashed';
  language: string;
  vscodeVersion: string;
  appHost: string;
  total: number;
  passed: number;
  failed: number;
  pending: number;
  tests: E2eTestResult[];
  error?: string;
}

function resultsPath(): string {
  const fromEnv = process.env.GOV_REPORT_E2E_RESULTS;
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) return path.join(folder.uri.fsPath, '.e2e-results.json');
  return path.join(__dirname, 'results.json');
}

function writeAtomic(file: string, data: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file);
}

export function run(): Promise<void> {
  const out = resultsPath();
  const results: E2eResults = {
    status: 'running',
    language: vscode.env.language,
    vscodeVersion: vscode.version,
    appHost: vscode.env.appHost,
    total: 0,
    passed: 0,
    failed: 0,
    pending: 0,
    tests: [],
  };
  const flush = () => writeAtomic(out, results);

  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.GOV_REPORT_E2E_TEST_TIMEOUT ?? 60_000),
    // Reporter output goes to the extension host log / debug console.
    reporter: 'spec',
  });
  const grep = process.env.GOV_REPORT_E2E_GREP;
  if (grep) mocha.grep(grep);

  const suiteDir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(suiteDir).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(suiteDir, f));
  }

  return new Promise<void>((resolve, reject) => {
    try {
      flush();
      const runner = mocha.run((failures) => {
        results.status = 'done';
        flush();
        if (failures > 0 || results.passed === 0) {
          reject(new Error(`${failures} e2e test(s) failed, ${results.passed} passed`));
        } else {
          resolve();
        }
      });
      runner.on('test end', (test: Mocha.Test) => {
        const state = test.state ?? 'pending';
        // Failures are recorded by the 'fail' event (which also covers hooks).
        if (state === 'failed') return;
        results.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          state: state === 'passed' ? 'passed' : 'pending',
          durationMs: test.duration,
        });
        results.total++;
        if (state === 'passed') results.passed++;
        else results.pending++;
        flush();
      });
      runner.on('fail', (test: Mocha.Runnable, err: Error) => {
        results.tests.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration,
          error: (err && (err.stack || err.message)) || String(err),
        });
        results.total++;
        results.failed++;
        flush();
      });
    } catch (err) {
      results.status = 'crashed';
      results.error = err instanceof Error ? err.stack || err.message : String(err);
      try {
        flush();
      } catch {
        /* nothing more to do */
      }
      reject(err);
    }
  });
}
