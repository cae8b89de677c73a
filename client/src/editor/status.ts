import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATUS_REQUEST, StatusResult } from '../../../server/src/lsp/protocol';
import { IS_REPORT_CONTEXT } from './ids';

const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);


/** The status bar text for a served document: format, year and the count of findings. */
export function statusText(s: StatusResult): string {
  const f = s.findings ?? { error: 0, warning: 0, information: 0, hint: 0 };
  const count = f.error + f.warning + f.information + f.hint;
  const parts = [
    s.kind === 'work-plan' ? t('Work plan') : t('{0} format', s.format ?? '?'),
    s.year !== undefined ? t('{0} report', s.year) : undefined,
    count === 0 ? t('no findings') : count === 1 ? t('1 finding') : t('{0} findings', count),
  ].filter((x): x is string => !!x);
  const icon = f.error ? '$(error)' : f.warning ? '$(warning)' : count ? '$(info)' : '$(check)';
  return `${icon} ${parts.join(' · ')}`;
}

/**
 * A status bar item for the active report, filled from the server's `govReport/status`; hidden for
 * documents that are not reports. Clicking it opens the Problems view.
 */
export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('govReport.status', vscode.StatusBarAlignment.Right, 100);
  item.name = t('Annual report check');
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(item);

  let timer: NodeJS.Timeout | undefined;
  let generation = 0;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const run = ++generation;
    if (!editor) {
      item.hide();
      void vscode.commands.executeCommand('setContext', IS_REPORT_CONTEXT, false);
      return;
    }
    let status: StatusResult = { served: false };
    try {
      status = await client.sendRequest<StatusResult>(STATUS_REQUEST, { uri: client.code2ProtocolConverter.asUri(editor.document.uri) });
    } catch {
      /* the server is restarting: hide until it answers */
    }
    if (run !== generation) return;
    void vscode.commands.executeCommand('setContext', IS_REPORT_CONTEXT, status.served);
    if (!status.served) {
      item.hide();
      return;
    }
    const f = status.findings!;
    item.text = statusText(status);
    const tip = new vscode.MarkdownString(undefined, true);
    tip.appendMarkdown(`**${t('Annual report check')}**\n\n`);
    tip.appendMarkdown(`${t('Format')}: ${status.formatName ?? ''} (${status.formatSource ?? ''})\n\n`);
    if (status.year !== undefined) tip.appendMarkdown(`${t('Year')}: ${status.year}\n\n`);
    tip.appendMarkdown(`${t('{0} errors, {1} warnings, {2} other', f.error, f.warning, f.information + f.hint)}\n\n`);
    tip.appendMarkdown(t('Click to open the Problems view'));
    item.tooltip = tip;
    item.backgroundColor = f.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };
  const schedule = (delay = 150) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), delay);
  };
  context.subscriptions.push(
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.workspace.onDidOpenTextDocument(() => schedule()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) schedule();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('govReport') && schedule(500)),
  );
  schedule(0);
}
