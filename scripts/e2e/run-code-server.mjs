#!/usr/bin/env node
// Runs the e2e suite (test/e2e) inside a real VS Code, offline: code-server (VS Code 1.100.3,
// installed by scripts/e2e/install-code-server.sh into .cache/code-server) opened in Debian's
// Chromium through playwright-core. The extension host runs test/e2e/out/index.js (mocha), which
// writes its results to a JSON file that this script polls, prints and judges.
//
// Builds nothing but the suite itself: `npm run build` must have produced dist/ first.
// Exits non-zero on any failing test, on a timeout, or if the editor cannot start.
//
// Environment:
//   GOV_REPORT_E2E_LOCALES   comma-separated display languages to run, default "zh-cn,en"
//   GOV_REPORT_E2E_GREP      only run tests whose full title matches (mocha grep)
//   GOV_REPORT_E2E_TIMEOUT   seconds allowed per locale run, default 600
//   GOV_REPORT_E2E_KEEP      keep the temporary directories (for debugging)
//   GOV_REPORT_E2E_VERBOSE   print the workbench console (extension host output included) as it comes
//   GOV_REPORT_CORPUS        corpus directory, default ../shared/corpus relative to the repository
//   CODE_SERVER_CACHE        where install-code-server.sh put code-server, default .cache/code-server
//   CHROMIUM                 browser executable, default /usr/bin/chromium
//   GOV_REPORT_E2E_EXTENSION extension development path, default the repository
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CACHE = process.env.CODE_SERVER_CACHE || path.join(REPO, '.cache', 'code-server');
const CS_ENTRY = path.join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CORPUS = process.env.GOV_REPORT_CORPUS || path.resolve(REPO, '..', 'shared', 'corpus');
const EXT = path.resolve(process.env.GOV_REPORT_E2E_EXTENSION || REPO);
const E2E = path.join(REPO, 'test', 'e2e');
const OUT = path.join(E2E, 'out');
const { compileSuite } = createRequire(import.meta.url)('../../test/e2e/compile-suite.cjs');
const LOCALES = (process.env.GOV_REPORT_E2E_LOCALES || 'zh-cn,en').split(',').map((s) => s.trim()).filter(Boolean);
const RUN_TIMEOUT_MS = Number(process.env.GOV_REPORT_E2E_TIMEOUT || 600) * 1000;
const START_TIMEOUT_MS = 120_000; // server listening + workbench loaded + suite started
const KEEP = !!process.env.GOV_REPORT_E2E_KEEP;
const VERBOSE = !!process.env.GOV_REPORT_E2E_VERBOSE;

const t0 = Date.now();
const secs = (since = t0) => ((Date.now() - since) / 1000).toFixed(1) + 's';
const log = (...a) => console.log('[e2e]', ...a);

class Fatal extends Error {}
function fail(msg) {
  throw new Fatal(msg);
}

// ---- preconditions -----------------------------------------------------------------------------
function preconditions() {
  if (!fs.existsSync(CS_ENTRY)) fail(`code-server is not installed at ${CACHE}; run scripts/e2e/install-code-server.sh`);
  if (!fs.existsSync(CHROMIUM)) fail(`no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM)`);
  const main = JSON.parse(fs.readFileSync(path.join(EXT, 'package.json'), 'utf8')).main || 'dist/client.js';
  for (const f of [main, 'dist/server.js']) {
    if (EXT === REPO || f === main) {
      if (!fs.existsSync(path.join(EXT, f))) fail(`${path.join(EXT, f)} is missing: run \`npm run build\` first`);
    }
  }
  if (!fs.existsSync(CORPUS) || !fs.readdirSync(CORPUS).some((f) => f.endsWith('.txt'))) {
    fail(`no corpus reports in ${CORPUS} (set GOV_REPORT_CORPUS)`);
  }
}

// ---- fixture workspace -------------------------------------------------------------------------
function makeWorkspace(dir) {
  fs.cpSync(path.join(E2E, 'workspace'), dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'corpus'), { recursive: true });
  for (const f of fs.readdirSync(CORPUS)) {
    if (f.endsWith('.txt')) fs.copyFileSync(path.join(CORPUS, f), path.join(dir, 'corpus', f));
  }
}

function writeUserData(userData, locale) {
  const user = path.join(userData, 'User');
  fs.mkdirSync(user, { recursive: true });
  if (!locale.startsWith('en')) {
    // VS Code only switches its display language (and so `vscode.env.language`, which our
    // extension's messages follow) when a language pack for it is installed, and the Marketplace
    // is out of reach here. A stub pack with no translations is enough: the server then resolves
    // the locale, the workbench runs with language `locale` and its own UI falls back to English.
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
  // code-server reads the display language from User/argv.json when --locale is not given; we set both.
  fs.writeFileSync(path.join(user, 'argv.json'), JSON.stringify({ locale }, null, 2));
  fs.writeFileSync(
    path.join(user, 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'chat.disableAIFeatures': true,
        'files.autoSave': 'off',
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
      },
      null,
      2,
    ),
  );
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitForServer(port, server, deadline) {
  for (;;) {
    if (server.exitCode !== null || server.signalCode) fail(`code-server exited early (code ${server.exitCode ?? server.signalCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) fail(`code-server did not answer on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000}s`);
    await sleep(200);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function tail(text, lines = 40) {
  return text.split('\n').slice(-lines).join('\n');
}

function findFiles(dir, pred, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pred, acc);
    else if (pred(p)) acc.push(p);
  }
  return acc;
}

// ---- one run in one display language -----------------------------------------------------------
async function runLocale(locale, chromium) {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `gov-report-e2e-${locale}-`));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  const xdg = path.join(tmp, 'xdg');
  fs.mkdirSync(extensions, { recursive: true });
  fs.mkdirSync(xdg, { recursive: true });
  makeWorkspace(workspace);
  writeUserData(userData, locale);
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const resultsFile = path.join(tmp, 'results.json');
  const shotRequest = path.join(workspace, '.e2e-screenshot-request');
  const shotFile = path.join(OUT, locale === LOCALES[0] ? 'workbench.png' : `workbench-${locale}.png`);

  const port = await freePort();
  const serverLog = [];
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: xdg,
    XDG_DATA_HOME: xdg,
    GOV_REPORT_E2E_RESULTS: resultsFile,
    GOV_REPORT_E2E_LOCALE: locale,
    GOV_REPORT_E2E_SCREENSHOT: '1',
  };
  // Not a terminal inside another VS Code / code-server.
  delete env.VSCODE_IPC_HOOK_CLI;
  const server = spawn(
    process.execPath,
    [
      CS_ENTRY,
      '--config', configFile,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-workspace-trust',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
      '--locale', locale,
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      workspace,
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  liveServers.add(server);
  server.on('exit', () => liveServers.delete(server));
  const onData = (b) => serverLog.push(b.toString());
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);

  let browser;
  const consoleLines = [];
  const printed = new Set();
  let results;
  let screenshotTaken = false;
  let failure;
  try {
    const deadline = Date.now() + START_TIMEOUT_MS;
    await waitForServer(port, server, deadline);
    log(`[${locale}] code-server listening on 127.0.0.1:${port} after ${secs(started)}`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
        `--lang=${locale === 'zh-cn' ? 'zh-CN' : 'en-US'}`,
      ],
    });
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: locale === 'zh-cn' ? 'zh-CN' : 'en-US',
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      const line = `[console.${m.type()}] ${m.text()}`;
      consoleLines.push(line);
      if (VERBOSE) console.log(`    [${locale}] ${line}`);
    });
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));

    const authority = `127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${EXT}`],
      ['extensionTestsPath', `vscode-remote://${authority}${path.join(OUT, 'index.js')}`],
      ['skipWelcome', 'true'],
    ];
    const url =
      `http://${authority}/?folder=${encodeURIComponent(workspace)}` +
      `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: START_TIMEOUT_MS });
    try {
      await page.waitForSelector('.monaco-workbench', { timeout: Math.max(1000, deadline - Date.now()) });
    } catch {
      fail(`the workbench did not load within ${START_TIMEOUT_MS / 1000}s`);
    }
    log(`[${locale}] workbench loaded after ${secs(started)}`);

    // Poll the results file the suite writes; print tests as they finish.
    const runDeadline = Date.now() + RUN_TIMEOUT_MS;
    for (;;) {
      if (server.exitCode !== null || server.signalCode) fail(`code-server exited during the run (code ${server.exitCode ?? server.signalCode})`);
      if (!browser.isConnected()) fail('the browser went away during the run');
      results = readJson(resultsFile);
      if (!results && Date.now() > deadline) fail(`the e2e suite did not start within ${START_TIMEOUT_MS / 1000}s (no ${path.basename(resultsFile)})`);
      for (const t of results?.tests ?? []) {
        const key = t.fullTitle + '\u0000' + t.state;
        if (printed.has(key)) continue;
        printed.add(key);
        const mark = t.state === 'passed' ? 'PASS' : t.state === 'failed' ? 'FAIL' : 'SKIP';
        console.log(`  ${mark}  [${locale}] ${t.fullTitle}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
        if (t.error) console.log(t.error.replace(/^/gm, '        '));
      }
      if (!screenshotTaken && fs.existsSync(shotRequest)) {
        // The suite has put a report and the Problems view on screen and waits for us.
        fs.mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: shotFile });
        screenshotTaken = true;
        fs.writeFileSync(shotRequest + '.done', shotFile);
        log(`[${locale}] screenshot written to ${path.relative(REPO, shotFile)}`);
      }
      if (results && (results.status === 'done' || results.status === 'crashed')) break;
      if (Date.now() > runDeadline) fail(`the e2e suite did not finish within ${RUN_TIMEOUT_MS / 1000}s`);
      await sleep(250);
    }
    if (results.status === 'crashed') fail(`the e2e suite crashed: ${results.error}`);
    if (!results.language || !results.language.toLowerCase().startsWith(locale.split('-')[0])) {
      fail(`vscode.env.language is "${results.language}" in the ${locale} run`);
    }
    if (results.total === 0) fail('the e2e suite ran no tests');
    if (results.pending > 0) fail(`${results.pending} e2e test(s) were skipped; skipping is not passing`);
    log(
      `[${locale}] ${results.passed} passed, ${results.failed} failed (VS Code ${results.vscodeVersion}, ` +
        `appHost ${results.appHost}, language ${results.language}) in ${secs(started)}`,
    );
    if (results.failed > 0) failure = `${results.failed} e2e test(s) failed in the ${locale} run`;
  } catch (err) {
    failure = err instanceof Fatal ? err.message : err?.stack || String(err);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server.exitCode === null && !server.signalCode) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const killDeadline = Date.now() + 5000;
      while (server.exitCode === null && !server.signalCode && Date.now() < killDeadline) await sleep(100);
      if (server.exitCode === null && !server.signalCode) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
  }

  if (failure) {
    console.log(`\n[e2e] [${locale}] FAILED: ${failure}`);
    console.log(`--- code-server output (tail) ---\n${tail(serverLog.join(''))}`);
    const interesting = consoleLines.filter((l) => /error|fail|exthost|extension host|gov-report/i.test(l));
    console.log(`--- workbench console (tail) ---\n${tail(interesting.join('\n'), 60)}`);
    for (const f of findFiles(path.join(userData, 'logs'), (p) => /remoteexthost\.log$|exthost\.log$/.test(p))) {
      console.log(`--- ${path.relative(tmp, f)} (tail) ---\n${tail(fs.readFileSync(f, 'utf8'))}`);
    }
    for (const f of findFiles(path.join(userData, 'logs'), (p) => /gov|Gov|政府/.test(path.basename(p)))) {
      console.log(`--- ${path.relative(tmp, f)} (tail) ---\n${tail(fs.readFileSync(f, 'utf8'))}`);
    }
  } else if (!screenshotTaken && !process.env.GOV_REPORT_E2E_GREP) {
    failure = 'the suite never asked for the workbench screenshot';
    console.log(`[e2e] [${locale}] FAILED: ${failure}`);
  }
  if (KEEP || failure) log(`[${locale}] temporary files kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  return { locale, failure, results };
}

// ---- main --------------------------------------------------------------------------------------
async function main() {
  preconditions();
  await compileSuite();
  log(`suite compiled into ${path.relative(REPO, OUT)} (${secs()})`);
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    fail(`playwright-core is not installed (npm install): ${err.message}`);
  }
  const outcomes = [];
  for (const locale of LOCALES) outcomes.push(await runLocale(locale, chromium));

  console.log('\n[e2e] summary');
  let bad = 0;
  for (const o of outcomes) {
    const r = o.results;
    const counts = r ? `${r.passed} passed, ${r.failed} failed` : 'no results';
    console.log(`  ${o.failure ? 'FAIL' : 'ok  '}  ${o.locale}: ${counts}${o.failure ? ` — ${o.failure.split('\n')[0]}` : ''}`);
    if (o.failure) bad++;
  }
  log(`total ${secs()}`);
  return bad ? 1 : 0;
}

const liveServers = new Set();
let exiting = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (exiting) return;
    exiting = true;
    console.error(`[e2e] ${sig}: aborting`);
    for (const s of liveServers) {
      try {
        process.kill(-s.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[e2e] FAILED: ${err instanceof Fatal ? err.message : err?.stack || err}`);
    process.exit(1);
  },
);
