import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerStatusBar } from './status';
import { SummaryPanel } from './summary-panel';

/** The editor experience on top of the language client: commands, status bar, summary view. */
export function registerEditorFeatures(context: vscode.ExtensionContext, client: LanguageClient): void {
  registerCommands(context, client);
  registerStatusBar(context, client);
  context.subscriptions.push({ dispose: () => SummaryPanel.current?.dispose() });
}
