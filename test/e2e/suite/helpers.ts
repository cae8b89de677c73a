/** Shared helpers for the e2e suite. All waits are event-driven or polled against a deadline. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gov-report-lint.gov-report-lint';
export const SOURCE = 'gov-report';
export const DEFAULT_TIMEOUT_MS = 20_000;

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

const CJK = /[\u4e00-\u9fff]/g;
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』|《[^》]*》|〈[^〉]*〉|‘[^’]*’/g;

/**
 * Whether a user-facing message is in the expected language. Both languages quote Chinese text from
 * the report, so only what is outside quotes counts: English messages have English words there,
 * Chinese messages have Chinese there and no English phrase.
 */
export function looksLike(lang: 'zh-cn' | 'en', message: string): boolean {
  const unquoted = message.replace(QUOTED, ' ');
  const words = unquoted.match(/\b[A-Za-z]{2,}\b/g) ?? [];
  const cjk = unquoted.match(CJK) ?? [];
  const englishPhrase = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.test(unquoted);
  if (lang === 'en') return words.length >= 2 && (cjk.length === 0 || words.join('').length > cjk.length);
  return cjk.length >= 2 && !englishPhrase;
}

/** 0-based index of the first line matching `re` at or after `from`. */
export function lineIndex(doc: vscode.TextDocument, re: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (re.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matching ${re} in ${doc.uri.fsPath}`);
}

/**
 * Records which documents had their diagnostics published from the moment it is created, so a test
 * can wait for the server's verdict on a document even when that verdict is "nothing" (an empty
 * publish still fires `onDidChangeDiagnostics`). Create it before opening the document.
 */
export class DiagnosticsRecorder implements vscode.Disposable {
  private readonly seen = new Set<string>();
  private readonly waiters: { uri: string; resolve: () => void }[] = [];
  private readonly sub = vscode.languages.onDidChangeDiagnostics((e) => {
    for (const u of e.uris) this.seen.add(u.toString());
    for (const w of [...this.waiters]) {
      if (this.seen.has(w.uri)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });

  /** Resolves with our diagnostics once the document's diagnostics have been published at least once. */
  published(uri: vscode.Uri, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
    const key = uri.toString();
    if (this.seen.has(key)) return Promise.resolve(ours(uri));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics were published for ${uri.toString()} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        uri: key,
        resolve: () => {
          clearTimeout(timer);
          resolve(ours(uri));
        },
      });
    });
  }

  dispose(): void {
    this.sub.dispose();
  }
}

/** An editable copy of a corpus report in the scratch folder, opened in an editor. */
export async function openScratchCopy(corpusName: string, scratchName: string): Promise<vscode.TextDocument> {
  const original = (await vscode.workspace.openTextDocument(corpusFile(corpusName))).getText();
  return openDoc(scratchFile(scratchName, original));
}

/** Line of 表三's row 一、本年新收 label; its cells follow one per line, the total (c7) 7 lines below. */
export function newReceivedRow(doc: vscode.TextDocument): { row: number; natural: number; total: number } {
  const t3 = lineIndex(doc, /^三、收到和处理政府信息公开申请情况/);
  const row = lineIndex(doc, /一、本年新收政府信息公开申请数量/, t3);
  return { row, natural: row + 1, total: row + 7 };
}
