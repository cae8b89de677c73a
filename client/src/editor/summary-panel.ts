import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from 'vscode-languageserver-protocol';
import { SUMMARY_REQUEST, SummaryResult } from '../../../server/src/lsp/protocol';
import { revealRange } from './reveal';
import { summaryBody, summaryPage } from './summary-html';

const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);

/**
 * The report summary webview: one panel that follows the report it was opened for (and the active
 * report after that), re-rendered as the document changes. No network: the page loads nothing.
 */
export class SummaryPanel implements vscode.Disposable {
  static current: SummaryPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly nonce = randomBytes(16).toString('base64');
  private body = `<p>${t('Loading…')}</p>`;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly client: LanguageClient,
    private document: vscode.TextDocument,
  ) {
    this.setPage();
    // A hidden webview is rebuilt from its html when shown again: give it the latest body.
    panel.onDidChangeViewState((e) => e.webviewPanel.visible && this.setPage(), undefined, this.disposables);
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    panel.webview.onDidReceiveMessage((m: { type?: string; range?: Range }) => {
      if (m?.type === 'reveal' && m.range) void revealRange(this.document.uri, m.range);
      // A page that has just loaded asks for the latest body, which may have come while it loaded.
      if (m?.type === 'ready') void this.panel.webview.postMessage({ type: 'render', html: this.body });
    }, undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => e.document === this.document && this.schedule(), undefined, this.disposables);
    vscode.languages.onDidChangeDiagnostics((e) => e.uris.some((u) => u.toString() === this.document.uri.toString()) && this.schedule(), undefined, this.disposables);
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      // Follow the user to another report; other editors (output, settings) leave the view as it is.
      if (editor && editor.document !== this.document && editor.document.languageId === 'gov-report') this.show(editor.document);
    }, undefined, this.disposables);
    this.schedule(0);
  }

  static open(client: LanguageClient, document: vscode.TextDocument): void {
    if (SummaryPanel.current) {
      SummaryPanel.current.show(document);
      SummaryPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel('govReport.summary', t('Report summary'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    SummaryPanel.current = new SummaryPanel(panel, client, document);
  }

  private show(document: vscode.TextDocument): void {
    this.document = document;
    this.schedule(0);
  }

  private schedule(delay = 250): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const uri = this.client.code2ProtocolConverter.asUri(this.document.uri);
    let data: SummaryResult;
    try {
      data = await this.client.sendRequest<SummaryResult>(SUMMARY_REQUEST, { uri });
    } catch {
      return;
    }
    if (generation !== this.generation) return;
    const name = this.document.uri.path.split('/').pop() ?? '';
    this.panel.title = `${t('Report summary')}: ${name}`;
    this.body = summaryBody(data, t);
    // Later updates swap the body in place, keeping the scroll position.
    if (this.panel.visible) void this.panel.webview.postMessage({ type: 'render', html: this.body });
  }

  private setPage(): void {
    this.panel.webview.html = summaryPage(this.body, this.nonce, vscode.env.language, t('Report summary'));
  }

  dispose(): void {
    if (SummaryPanel.current === this) SummaryPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
