import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-protocol';

/** Opens the document (or focuses its editor) and selects the range: a cell from a code lens or the summary. */
export async function revealRange(uri: vscode.Uri, range: Range): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, selection: r, preserveFocus: false });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The uri argument of a command: a string from the server, a Uri from a menu, or the active editor's. */
export function uriArgument(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  return vscode.window.activeTextEditor?.document.uri;
}
