import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerDisableRule } from './disable-rule';
import { registerEditorFeatures } from './editor';

// The extension only starts the language client; all checking happens in the server.

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const selector = ['plaintext', 'markdown', 'gov-report'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
    { scheme: 'vscode-remote', language },
  ]);
  // Changes to report files on disk reach the server, which compares reports across years.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,govreport}');
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: { configurationSection: 'govReport', fileEvents: watcher },
    initializationOptions: { locale: vscode.env.language },
    outputChannelName: '政府信息公开年报校对 (gov-report-lint)',
  };
  client = new LanguageClient('govReport', '政府信息公开年报校对', serverOptions, clientOptions);
  registerEditorFeatures(context, client);
  registerDisableRule(context);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
