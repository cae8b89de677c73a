import { ChildProcess, spawn } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeParams,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextEdit,
} from 'vscode-languageserver-protocol/node';

/** Applies LSP text edits (line/UTF-16 column ranges) to text with LF line breaks, last edit first. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => starts[p.line] + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

/**
 * Node options for the server process, from GOV_REPORT_SERVER_NODE_ARGS (space-separated): to profile
 * the server under a bench, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" or "--trace-gc".
 */
function serverNodeArgs(): string[] {
  return (process.env.GOV_REPORT_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
}

/**
 * A real JSON-RPC client talking to `node dist/server.js --stdio`, as any editor would.
 * Diagnostics are collected per URI; `waitForDiagnostics` resolves on the next publication
 * that satisfies a predicate, or fails after a deadline (never a fixed sleep).
 */
export class LspTestClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly stderr: string[] = [];
  configuration: unknown = {};
  /** `$/progress` notifications, in order (work-done progress the server created) */
  readonly progress: { token: unknown; value: { kind: string; title?: string; message?: string } }[] = [];

  constructor() {
    this.child = spawn(process.execPath, [...serverNodeArgs(), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.latest.set(p.uri, p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.configuration));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', (p: LspTestClient['progress'][number]) => void this.progress.push(p));
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** `init` adds to the initialize params: `rootUri`, `workspaceFolders`. */
  async start(locale = 'zh-cn', capabilities: InitializeParams['capabilities'] = { workspace: { configuration: true } }, init: Partial<InitializeParams> = {}): Promise<void> {
    await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, locale, initializationOptions: { locale }, ...init });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  diagnostics(uri: string): Diagnostic[] {
    return this.latest.get(uri)?.diagnostics ?? [];
  }

  waitForDiagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const now = this.latest.get(uri);
    if (now && test(now)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* the process may already be gone */
    }
    this.connection.dispose();
    // A server told to exit is given a moment to do so on its own (a profile is written at exit).
    if (this.child.exitCode === null && this.child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000);
        this.child.once('exit', () => (clearTimeout(timer), resolve()));
      });
    }
    this.child.kill();
  }

  get alive(): boolean {
    return this.child.exitCode === null && !this.child.killed;
  }
}

/** Mocha hooks: a new server for every test of the suite, stopped after it; `use` receives each client. */
export function freshServerPerTest(locale: string, use: (client: LspTestClient) => void): void {
  let client: LspTestClient | undefined;
  before(function () {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  });
  beforeEach(async () => {
    client = new LspTestClient();
    use(client);
    await client.start(locale);
  });
  afterEach(async () => client?.stop());
}
