/** Shared helpers for the e2e suite. All waits are event-driven or polled against a deadline. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gov-report-lint.gov-report-lint';
export const SOURCE = 'gov-report';
export const DEFAULT_TIMEOUT_MS = 30_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e suite needs a workspace folder (the fixture workspace)');
  return folder.uri;
}

/** A file of the fixture workspace; corpus reports are copied to `corpus/` by the runners. */
export function wsFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export function corpusFile(name: string): vscode.Uri {
  const uri = wsFile('corpus', name);
  assert.ok(fs.existsSync(uri.fsPath), `corpus file missing from the fixture workspace: ${uri.fsPath}`);
  return uri;
}

/** Writes a scratch file into the workspace (under `scratch/`) and returns its URI. */
export function scratchFile(name: string, text: string): vscode.Uri {
  const uri = wsFile('scratch', name);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.writeFileSync(uri.fsPath, text, 'utf8');
  return uri;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function withCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return ours(uri).filter((d) => codeOf(d) === code);
}

export function describeDiagnostics(diags: readonly vscode.Diagnostic[]): string {
  if (diags.length === 0) return '(none)';
  return diags
    .map(
      (d) =>
        `  [${codeOf(d)}] ${d.range.start.line + 1}:${d.range.start.character + 1}-` +
        `${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message.split('\n')[0]}`,
    )
    .join('\n');
}

/**
 * Resolves with our diagnostics for `uri` once `predicate` holds, checking now and on every
 * `onDidChangeDiagnostics` event for that URI; rejects after `timeoutMs` listing what was there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let done = false;
    const check = (): boolean => {
      const diags = ours(uri);
      if (!done && predicate(diags)) {
        done = true;
        sub.dispose();
        clearTimeout(timer);
        resolve(diags);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      sub.dispose();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} on ${path.basename(uri.fsPath)}; ` +
            `current ${SOURCE} diagnostics:\n${describeDiagnostics(ours(uri))}`,
        ),
      );
    }, timeoutMs);
    check();
  });
}

/** Polls `fn` until it returns a truthy value or the deadline passes. */
export async function pollUntil<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}` +
          (lastError ? `; last error: ${lastError instanceof Error ? lastError.message : String(lastError)}` : ''),
      );
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export async function openDoc(uri: vscode.Uri, languageId?: string): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(uri);
  if (languageId && doc.languageId !== languageId) {
    doc = await vscode.languages.setTextDocumentLanguage(doc, languageId);
  }
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
  if (!ext.isActive) await ext.activate();
  assert.ok(ext.isActive, 'extension did not activate');
  return ext;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The locale our extension uses: zh* -> zh-cn, everything else en (mirrors core/i18n.ts). */
export function expectedLang(): 'zh-cn' | 'en' {
  return /^zh/i.test(vscode.env.language) ? 'zh-cn' : 'en';
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * Whether a user-facing message is in the expected language. English messages may quote Chinese
 * row labels from the report, so they are recognised by English words outside quotes; Chinese
 * messages by Chinese outside quotes and no English sentence.
 */
export function looksLike(lang: 'zh-cn' | 'en', message: string): boolean {
  const unquoted = message.replace(/[“"「『《][^”"」』》]*[”"」』》]/g, ' ');
  if (lang === 'en') return /\b[A-Za-z]{3,}\b/.test(unquoted) && /\b(the|is|of|to|table|row|total|not|does|should|must|missing|value|cell|column|sum|set)\b/i.test(unquoted);
  return CJK.test(unquoted) && !/\b(the|is|of|should|must|does)\b/i.test(unquoted);
}

/** 0-based index of the first line matching `re` at or after `from`. */
export function lineIndex(doc: vscode.TextDocument, re: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matching ${re} in ${doc.uri.fsPath}`);
}
