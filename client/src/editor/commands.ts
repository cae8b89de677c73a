import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from 'vscode-languageserver-protocol';
import { CONVERT_TABLES_REQUEST, ConvertTablesResult, SKELETON_REQUEST, SkeletonResult } from '../../../server/src/lsp/protocol';
import { COMMANDS, LANGUAGE_ID } from './ids';
import { revealRange, uriArgument } from './reveal';
import { SummaryPanel } from './summary-panel';

const t = (message: string, ...args: (string | number)[]) => vscode.l10n.t(message, ...args);

async function newReport(client: LanguageClient, format: '2019' | '2021'): Promise<void> {
  const items: (vscode.QuickPickItem & { layout: 'word' | 'markdown' })[] = [
    { label: t('Tab-per-cell (as pasted from Word)'), description: t('one cell per line, each starting with a tab'), layout: 'word' },
    { label: t('Markdown tables'), description: '| 项目 | 自然人 | … |', layout: 'markdown' },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: t('Table layout of the new report'), placeHolder: t('How should the tables be written?') });
  if (!pick) return;
  const { text } = await client.sendRequest<SkeletonResult>(SKELETON_REQUEST, { format, layout: pick.layout });
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
  await vscode.window.showTextDocument(document);
}

async function convert(client: LanguageClient, layout: 'word' | 'markdown'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const version = document.version;
  const result = await client.sendRequest<ConvertTablesResult>(CONVERT_TABLES_REQUEST, { uri: client.code2ProtocolConverter.asUri(document.uri), layout });
  if (result.version !== version || document.version !== version) {
    void vscode.window.showWarningMessage(t('The document changed while the tables were converted; please try again.'));
    return;
  }
  if (!result.tables) {
    void vscode.window.showInformationMessage(t('No tables of an annual report were found in this document.'));
    return;
  }
  if (!result.edits.length) {
    void vscode.window.showInformationMessage(t('All tables are already in this layout.'));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(result.edits));
  await vscode.workspace.applyEdit(edit);
}

async function treatAsReport(arg: unknown): Promise<void> {
  const uri = uriArgument(arg);
  if (!uri) return;
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId === LANGUAGE_ID) {
    void vscode.window.showInformationMessage(t('This file is already checked as an annual report.'));
    return;
  }
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function openSample(context: vscode.ExtensionContext): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'example-2023-annual-report.txt'));
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: new TextDecoder('utf-8').decode(bytes) });
  await vscode.window.showTextDocument(document);
}

/** Adds `source.fixAll.gov-report` to `editor.codeActionsOnSave` for the gov-report language (user settings). */
async function enableFixAllOnSave(): Promise<void> {
  const config = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
  const current = config.inspect<Record<string, unknown>>('codeActionsOnSave')?.globalLanguageValue;
  const value = { ...(current && typeof current === 'object' && !Array.isArray(current) ? current : {}), 'source.fixAll.gov-report': 'explicit' };
  await config.update('codeActionsOnSave', value, vscode.ConfigurationTarget.Global, true);
  void vscode.window.showInformationMessage(t('Certain fixes will be applied whenever a report is saved.'));
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  register(COMMANDS.newReport2021, () => newReport(client, '2021'));
  register(COMMANDS.newReport2019, () => newReport(client, '2019'));
  register(COMMANDS.treatAsReport, (arg) => treatAsReport(arg));
  register(COMMANDS.convertToMarkdown, () => convert(client, 'markdown'));
  register(COMMANDS.convertToWord, () => convert(client, 'word'));
  register(COMMANDS.showSummary, async (arg) => {
    const uri = uriArgument(arg);
    if (!uri) {
      void vscode.window.showInformationMessage(t('Open an annual report first.'));
      return;
    }
    SummaryPanel.open(client, await vscode.workspace.openTextDocument(uri));
  });
  register(COMMANDS.revealRange, (uri, range) => {
    const target = uriArgument(uri);
    if (target && range) return revealRange(target, range as Range);
  });
  register(COMMANDS.openSample, () => openSample(context));
  register(COMMANDS.enableFixAllOnSave, () => enableFixAllOnSave());
}
