import { strict as assert } from 'assert';
import { spawn } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { LogMessageParams } from 'vscode-languageserver-protocol';
import { CORPUS, corpusText } from '../helpers/corpus';
import { LspTestClient, SERVER } from './client';

// The server keeps serving whatever it is sent: malformed requests, unknown documents, a rule that
// throws (GOV_REPORT_TEST_THROWING_RULE=1 loads one, in tests only), settings of the wrong type, and
// empty, binary and very long documents.

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../examples/example-2023-annual-report.txt'), 'utf8');
const THROWING_ENV = 'GOV_REPORT_TEST_THROWING_RULE';

/** Answers a request, or fails the test if the server does not (a dead or stuck server). */
function within<T>(p: Promise<T>, ms = 10000, what = 'request'): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);
}

/** The request fails with a JSON-RPC error (and the server answers it). */
async function answersWithError(p: Promise<unknown>): Promise<void> {
  await within(
    p.then(
      () => undefined,
      () => undefined,
    ),
  );
}

async function stillServes(client: LspTestClient, uri = `file:///alive-${Math.random().toString(36).slice(2)}.txt`): Promise<void> {
  await client.open(uri, EXAMPLE);
  const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'table-total'), 20000);
  assert.ok(p.diagnostics.length > 0);
  assert.ok(client.alive, 'the server process exited');
}

describe('language server robustness', function () {
  this.timeout(60000);
  let client: LspTestClient;
  let logs: LogMessageParams[];

  before(function () {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  });

  async function startWith(env: Record<string, string | undefined> = {}): Promise<void> {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      client = new LspTestClient();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    logs = [];
    client.connection.onNotification('window/logMessage', (p: LogMessageParams) => void logs.push(p));
    await client.start('en');
  }

  afterEach(async () => client?.stop());

  it('answers malformed requests with errors and keeps serving', async () => {
    await startWith();
    await answersWithError(client.request('textDocument/documentSymbol', {}));
    await answersWithError(client.request('textDocument/documentSymbol', null));
    await answersWithError(client.request('textDocument/foldingRange', { textDocument: 42 }));
    await answersWithError(client.request('textDocument/codeAction', { textDocument: { uri: 'file:///x.txt' } }));
    await answersWithError(client.request('textDocument/codeAction', { textDocument: { uri: 'file:///x.txt' }, range: null, context: { diagnostics: [{ data: 'junk' }] } }));
    await answersWithError(client.request('textDocument/codeLens', { textDocument: { uri: [] } }));
    await answersWithError(client.request('govReport/summary', 'not an object'));
    await answersWithError(client.request('govReport/status', { uri: { nested: true } }));
    await answersWithError(client.request('govReport/convertTables', { uri: 'file:///x.txt', layout: 'pdf' }));
    await answersWithError(client.request('govReport/skeleton', { format: 1999, layout: 7, year: 'next' }));
    await answersWithError(client.request('no/such/method', {}));
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.txt' } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
    await client.connection.sendNotification('workspace/didChangeConfiguration', null);
    await stillServes(client);
  });

  it('answers requests about unknown documents with nothing', async () => {
    await startWith();
    const uri = 'file:///unknown/never-opened.txt';
    for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/codeLens']) {
      const r = await within(client.request<unknown[] | null>(method, { textDocument: { uri } }), 10000, method);
      assert.ok(r === null || (Array.isArray(r) && r.length === 0), `${method}: ${JSON.stringify(r)}`);
    }
    const actions = await within(client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }));
    assert.deepEqual(actions ?? [], []);
    const status = await within(client.request<{ served: boolean }>('govReport/status', { uri }));
    assert.equal(status.served, false);
    await stillServes(client);
  });

  it('turns a rule that throws into one logged message; the other rules still report', async () => {
    await startWith({ [THROWING_ENV]: '1' });
    const uri = 'file:///throwing.txt';
    await client.open(uri, EXAMPLE);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'table-total'));
    for (let v = 2; v <= 5; v++) {
      await client.change(uri, v, [{ text: EXAMPLE + '\n'.repeat(v) }]);
      await client.waitForDiagnostics(uri, (p) => p.version === v);
    }
    await stillServes(client);
    const failures = logs.filter((l) => l.message.includes('test-throwing-rule'));
    assert.equal(failures.length, 1, JSON.stringify(logs.map((l) => l.message.slice(0, 120))));
    assert.match(failures[0].message, /thrown on purpose/);
  });

  it('does not load the throwing rule without the environment variable', async () => {
    await startWith({ [THROWING_ENV]: undefined });
    await stillServes(client);
    assert.equal(logs.filter((l) => l.message.includes('test-throwing-rule')).length, 0);
  });

  it('falls back to defaults for settings of the wrong type and keeps serving', async () => {
    await startWith();
    for (const configuration of [
      { rules: 'all', format: 2021, detect: true, files: '*.txt' },
      { rules: { 'table-total': 7, default: ['error'] }, files: [1, null, {}] },
      'not an object',
      [1, 2, 3],
      null,
      { rules: { ['x'.repeat(10000)]: 'error' }, format: { nested: { deeper: [] } } },
    ]) {
      client.configuration = configuration;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: configuration });
    }
    await stillServes(client);
  });

  it('serves empty, binary and one-line 5 MB documents, and the other documents meanwhile', async () => {
    await startWith();
    await client.open('file:///empty.txt', '');
    await client.open('file:///binary.txt', '\u0000\u0001\u0002\ufffd\ud800'.repeat(20000));
    const long = `${corpusText(CORPUS.linzi2020).replace(/\r?\n/g, ' ')} `.repeat(300).slice(0, 5 * 1024 * 1024);
    assert.equal(long.includes('\n'), false);
    await client.open('file:///one-line.txt', long, 'gov-report');
    await stillServes(client);
    await client.waitForDiagnostics('file:///empty.txt', () => true);
    await client.waitForDiagnostics('file:///binary.txt', () => true);
    await client.waitForDiagnostics('file:///one-line.txt', () => true, 60000);
    const symbols = await within(client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///one-line.txt' } }));
    assert.ok(Array.isArray(symbols));
    assert.ok(client.alive);
  });
});

describe('language server transport robustness', function () {
  this.timeout(30000);

  it('survives bytes that are not JSON-RPC and answers the next valid request', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
    try {
      child.stdin.write(frame('{ this is not json'));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize' })));
      child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })));
      const deadline = Date.now() + 15000;
      while (!/"id":2,"result"/.test(out.replace(/\s/g, '')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.match(out.replace(/\s/g, ''), /"id":2,"result":\{"capabilities"/, out.slice(0, 500));
      assert.equal(child.exitCode, null, 'the server exited');
    } finally {
      child.kill();
    }
  });
});
