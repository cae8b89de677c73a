/**
 * Runs the e2e suite in desktop VS Code through @vscode/test-electron, on machines where VS Code
 * can be downloaded or where VSCODE_EXECUTABLE names an installed one. (Offline, CI uses
 * scripts/e2e/run-code-server.mjs, which runs the same suite in code-server.)
 *
 *   npm run build && npm run test:electron
 *
 * Environment: VSCODE_EXECUTABLE, VSCODE_VERSION (default "stable"), GOV_REPORT_E2E_LOCALES
 * (default "zh-cn,en"), GOV_REPORT_E2E_GREP, GOV_REPORT_CORPUS (default ../shared/corpus).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileSuite } from './compile-suite.cjs';
import { runTests } from '@vscode/test-electron';

const REPO = path.resolve(__dirname, '..', '..');
const E2E = path.join(REPO, 'test', 'e2e');
const OUT = path.join(E2E, 'out');
const CORPUS = process.env.GOV_REPORT_CORPUS || path.resolve(REPO, '..', 'shared', 'corpus');
const LOCALES = (process.env.GOV_REPORT_E2E_LOCALES || 'zh-cn,en')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

interface Results {
  status: string;
  language: string;
  passed: number;
  failed: number;
  pending: number;
  tests: { fullTitle: string; state: string; durationMs?: number; error?: string }[];
}


function makeWorkspace(dir: string): void {
  fs.cpSync(path.join(E2E, 'workspace'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  for (const f of fs.readdirSync(CORPUS)) {
    if (f.endsWith('.txt')) fs.copyFileSync(path.join(CORPUS, f), path.join(dir, 'corpus', f));
  }
}

/** Same stub language pack as the code-server runner: makes `vscode.env.language` follow --locale. */
function writeUserData(userData: string, locale: string): void {
  const user = path.join(userData, 'User');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'git.enabled': false,
    }),
  );
  if (locale.startsWith('en')) return;
  const pack = path.join(userData, 'stub-language-pack');
  fs.mkdirSync(pack, { recursive: true });
  const translations = path.join(pack, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(
    path.join(userData, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: `gov-report-e2e-stub-${locale}`,
        extensions: [{ extensionIdentifier: { id: `gov-report-e2e.stub-language-pack-${locale}` }, version: '0.0.0' }],
        translations: { vscode: translations },
        label: locale,
      },
    }),
  );
}

function print(locale: string, results: Results | undefined): void {
  for (const t of results?.tests ?? []) {
    const mark = t.state === 'passed' ? 'PASS' : t.state === 'failed' ? 'FAIL' : 'SKIP';
    console.log(`  ${mark}  [${locale}] ${t.fullTitle}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error) console.log(t.error.replace(/^/gm, '        '));
  }
}

async function main(): Promise<number> {
  for (const f of ['dist/client.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(REPO, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  if (!fs.existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS} (set GOV_REPORT_CORPUS)`);
  await compileSuite();

  let failures = 0;
  for (const locale of LOCALES) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gov-report-electron-${locale}-`));
    const userData = path.join(tmp, 'user-data');
    const extensionsDir = path.join(tmp, 'extensions');
    const workspace = path.join(tmp, 'workspace');
    const resultsFile = path.join(tmp, 'results.json');
    fs.mkdirSync(extensionsDir, { recursive: true });
    makeWorkspace(workspace);
    writeUserData(userData, locale);
    let error: unknown;
    try {
      await runTests({
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
        version: process.env.VSCODE_EXECUTABLE ? undefined : process.env.VSCODE_VERSION || 'stable',
        extensionDevelopmentPath: REPO,
        extensionTestsPath: path.join(OUT, 'index.js'),
        extensionTestsEnv: {
          GOV_REPORT_E2E_RESULTS: resultsFile,
          GOV_REPORT_E2E_LOCALE: locale,
          ...(process.env.GOV_REPORT_E2E_GREP ? { GOV_REPORT_E2E_GREP: process.env.GOV_REPORT_E2E_GREP } : {}),
        },
        launchArgs: [
          workspace,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--disable-gpu',
          '--no-sandbox',
          `--locale=${locale}`,
          `--user-data-dir=${userData}`,
          `--extensions-dir=${extensionsDir}`,
        ],
      });
    } catch (err) {
      error = err;
    }
    let results: Results | undefined;
    try {
      results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
    } catch {
      results = undefined;
    }
    print(locale, results);
    const bad =
      error !== undefined ||
      !results ||
      results.status !== 'done' ||
      results.failed > 0 ||
      results.pending > 0 ||
      results.passed === 0 ||
      !results.language.toLowerCase().startsWith(locale.split('-')[0]);
    console.log(
      `[e2e:electron] [${locale}] ${bad ? 'FAIL' : 'ok'}: ` +
        (results ? `${results.passed} passed, ${results.failed} failed, language ${results.language}` : 'no results') +
        (error ? ` (${error instanceof Error ? error.message : String(error)})` : ''),
    );
    if (bad) failures++;
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[e2e:electron] FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
