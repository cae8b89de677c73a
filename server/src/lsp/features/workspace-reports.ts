import fg from 'fast-glob';
import { promises as fs } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { FileChangeType } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Candidate, ExplicitPrevious, findPreviousReport, PreviousReport, reportFacts, ReportFacts, withPreviousReport } from '../../core/crossyear';
import { parseReport } from '../../core/model/build';
import { ReportModel } from '../../core/model/types';
import { MAX_DOCUMENT_LENGTH } from '../analysis';
import { LARGE_DOCUMENT_LENGTH } from '../large-documents';
import { ServerContext, ServerFeature } from '../context';
import { Settings } from '../settings';

// Finds the previous year's report of the same agency among the workspace's files and the open
// documents, and hands it to the rules through the analyzer. The scan of the workspace is bounded
// (govReport.workspace.maxFiles / maxFileSize), runs off the typing path a file at a time, and reports
// progress for large folders; watched-file events keep it current. Open documents win over the disk.

export const REPORT_GLOB = '**/*.{txt,md,markdown,govreport}';
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];
/** Folders with more report-like files than this show progress while they are read. */
export const PROGRESS_THRESHOLD = 50;
/** Parsed disk reports kept in memory (the text of every candidate is kept; models only for a few). */
const MODEL_CACHE = 32;

interface DiskReport {
  readonly file: string;
  readonly uri: string;
  /** mtime and size: the version of a file on disk */
  readonly stamp: string;
  readonly facts: ReportFacts;
  /** kept only for annual reports: the possible previous reports */
  readonly text: string | undefined;
}

interface OpenReport {
  readonly version: number;
  readonly model: ReportModel;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function uriToFile(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The same file, whoever spelled its URI (the client and Node encode some characters differently). */
const keyOf = (uri: string) => uriToFile(uri) ?? uri;

async function readReport(file: string, maxSize: number): Promise<DiskReport | undefined> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile() || st.size > maxSize) return undefined;
    const bytes = await fs.readFile(file);
    if (bytes.includes(0)) return undefined;
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const facts = reportFacts(parseReport(text));
    return { file, uri: pathToFileURL(file).href, stamp: `${st.mtimeMs}:${st.size}`, facts, text: facts.kind === 'annual-report' ? text : undefined };
  } catch {
    return undefined;
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The workspace's report-like files and the open documents, as candidates for "last year's report". */
export class WorkspaceReports {
  private readonly disk = new Map<string, DiskReport>();
  private readonly models = new Map<string, { stamp: string; model: ReportModel }>();
  /** the model of each open document at the version last checked */
  private readonly open = new Map<string, OpenReport>();
  /** open documents parsed as candidates ahead of their own check */
  private readonly parsedOpen = new Map<string, OpenReport>();
  /** the key each open document was last checked with */
  private readonly keys = new Map<string, string>();
  /** explicitly named files outside the scan: being read, or unreadable */
  private readonly explicitPending = new Set<string>();
  private readonly explicitFailed = new Set<string>();
  private scanned: string | undefined;
  private scanning: Promise<void> | undefined;
  private scanRun = 0;
  private refreshQueued = false;

  constructor(private readonly ctx: ServerContext) {}

  label(uri: string): string {
    const file = uriToFile(uri);
    if (!file) return uri.replace(/^[a-z-]+:\/*/i, '');
    for (const folder of this.ctx.workspaceFolders()) {
      const root = uriToFile(folder);
      if (!root) continue;
      const rel = path.relative(root, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return path.basename(file);
  }

  /** The analyzer's OthersProvider: what `doc` is compared with, and a key that changes when that does. */
  provide(doc: TextDocument, model: ReportModel): { key: string; others: Readonly<Record<string, unknown>> } {
    const before = this.open.get(doc.uri);
    this.open.set(doc.uri, { version: doc.version, model });
    this.parsedOpen.delete(doc.uri);
    // A new version of one document may change what another is compared with.
    if (!before || before.version !== doc.version) this.queueRefresh();
    const { key, previous } = this.resolve(doc.uri, model);
    const last = this.keys.get(doc.uri);
    this.keys.set(doc.uri, key);
    // Asked by another feature (hover, code lens) after the other report changed: publish too.
    if (before?.version === doc.version && last !== undefined && last !== key) this.ctx.schedule(doc);
    return { key, others: withPreviousReport(previous) };
  }

  private resolve(uri: string, model: ReportModel): { key: string; previous: PreviousReport | undefined } {
    if (model.kind !== 'annual-report') return { key: '', previous: undefined };
    const settings = this.ctx.settings();
    const explicit = this.explicit(settings, uri);
    if (explicit?.file && this.explicitPending.has(explicit.file)) return { key: 'pending', previous: undefined };
    this.ensureScan(settings);
    const candidates = this.candidates();
    if (explicit?.file && !candidates.some((c) => keyOf(c.uri) === explicit.file) && !this.explicitFailed.has(explicit.file)) {
      this.loadExplicit(explicit.file, settings);
      return { key: 'pending', previous: undefined };
    }
    const previous = findPreviousReport({ uri, facts: reportFacts(model) }, candidates, explicit);
    // Until the folder has been read, a lone candidate found by the search might turn out to be one of two.
    const searched = !previous || previous.status === 'ambiguous' || (previous.status === 'found' && previous.source === 'search');
    if (searched && this.scanning) return { key: 'scanning', previous: undefined };
    return { key: this.keyOfResult(previous), previous };
  }

  private keyOfResult(p: PreviousReport | undefined): string {
    if (!p) return 'none';
    if (p.status === 'found') {
      const open = this.open.get(p.uri);
      const stamp = open ? `v${open.version}` : (this.disk.get(keyOf(p.uri))?.stamp ?? '?');
      return `found:${p.source}:${p.uri}@${stamp}`;
    }
    if (p.status === 'ambiguous') return `ambiguous:${p.candidates.map((c) => c.uri).join('|')}`;
    return `unusable:${p.reason}:${p.uri}`;
  }

  private explicit(settings: Settings, current: string): (ExplicitPrevious & { file: string | undefined }) | undefined {
    const named = settings.previousReport;
    if (!named) return undefined;
    let uri: string;
    if (/^[a-z][a-z0-9+.-]+:/i.test(named) && !/^[a-z]:[\\/]/i.test(named)) uri = named;
    else {
      const root = uriToFile(this.ctx.workspaceFolders()[0] ?? '') ?? (uriToFile(current) ? path.dirname(uriToFile(current)!) : process.cwd());
      uri = pathToFileURL(path.resolve(root, named)).href;
    }
    // An open document of that file is the file.
    const file = uriToFile(uri);
    const open = this.ctx.documents.all().find((d) => keyOf(d.uri) === keyOf(uri));
    const used = open?.uri ?? uri;
    return { uri: used, label: this.label(used), file: open ? undefined : file };
  }

  private candidates(): Candidate[] {
    const out: Candidate[] = [];
    const openKeys = new Set<string>();
    for (const doc of this.ctx.documents.all()) {
      openKeys.add(keyOf(doc.uri));
      // A document checked on the worker thread is never parsed here: that would block the main thread.
      if (doc.getText().length > LARGE_DOCUMENT_LENGTH) continue;
      const model = () => this.openModel(doc);
      const m = model();
      out.push({ uri: doc.uri, label: this.label(doc.uri), facts: reportFacts(m), model });
    }
    for (const [key, r] of this.disk) {
      // Files that are not reports stay candidates only so that an explicit setting naming one can say so.
      if (openKeys.has(key)) continue;
      out.push({ uri: r.uri, label: this.label(r.uri), facts: r.facts, model: () => this.diskModel(r) });
    }
    return out;
  }

  private openModel(doc: TextDocument): ReportModel {
    const o = this.open.get(doc.uri);
    if (o && o.version === doc.version) return o.model;
    const p = this.parsedOpen.get(doc.uri);
    if (p && p.version === doc.version) return p.model;
    const model = parseReport(doc.getText());
    this.parsedOpen.set(doc.uri, { version: doc.version, model });
    return model;
  }

  private diskModel(r: DiskReport): ReportModel | undefined {
    if (r.text === undefined) return undefined;
    const hit = this.models.get(r.file);
    if (hit && hit.stamp === r.stamp) return hit.model;
    const model = parseReport(r.text);
    this.models.delete(r.file);
    this.models.set(r.file, { stamp: r.stamp, model });
    if (this.models.size > MODEL_CACHE) this.models.delete(this.models.keys().next().value!);
    return model;
  }

  private loadExplicit(file: string, settings: Settings): void {
    this.explicitPending.add(file);
    void readReport(file, Math.max(settings.workspace.maxFileSize, MAX_DOCUMENT_LENGTH)).then((r) => {
      this.explicitPending.delete(file);
      if (r) this.disk.set(file, r);
      else this.explicitFailed.add(file);
      this.queueRefresh();
    });
  }

  private ensureScan(settings: Settings): void {
    const want = JSON.stringify([this.ctx.workspaceFolders(), settings.workspace]);
    if (this.scanned === want) return;
    this.scanned = want;
    const run = ++this.scanRun;
    this.scanning = this.scan(run, settings.workspace).finally(() => {
      if (run !== this.scanRun) return;
      this.scanning = undefined;
      this.queueRefresh();
    });
  }

  /** Reads the workspace folders' report-like files, one per turn of the event loop. */
  private async scan(run: number, limits: Settings['workspace']): Promise<void> {
    const files: string[] = [];
    for (const folder of this.ctx.workspaceFolders()) {
      const root = uriToFile(folder);
      if (!root || files.length >= limits.maxFiles) continue;
      const stream = fg.stream(REPORT_GLOB, { cwd: root, absolute: true, onlyFiles: true, ignore: IGNORE, suppressErrors: true, followSymbolicLinks: false });
      for await (const entry of stream) {
        if (files.length >= limits.maxFiles) {
          this.ctx.connection.console.info(`gov-report: more than ${limits.maxFiles} report-like files in the workspace; the rest are not searched for previous reports (govReport.workspace.maxFiles)`);
          (stream as unknown as { destroy(): void }).destroy();
          break;
        }
        files.push(path.normalize(String(entry)));
      }
    }
    if (run !== this.scanRun) return;
    const progress = files.length > PROGRESS_THRESHOLD ? await this.ctx.connection.window.createWorkDoneProgress() : undefined;
    const zh = this.ctx.lang() !== 'en';
    progress?.begin(zh ? '政府信息公开年报：查找上年报告' : 'Gov reports: looking for previous reports', 0, `0/${files.length}`, false);
    this.disk.clear();
    this.models.clear();
    try {
      for (let i = 0; i < files.length; i++) {
        if (run !== this.scanRun) return;
        const r = await readReport(files[i], limits.maxFileSize);
        if (r) this.disk.set(files[i], r);
        if (progress && (i + 1) % 10 === 0) progress.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
        await tick();
      }
    } finally {
      progress?.done();
    }
  }

  /** Watched-file events: a file was created, changed or deleted on disk. */
  async changed(changes: readonly { uri: string; type: number }[]): Promise<void> {
    const limits = this.ctx.settings().workspace;
    for (const c of changes) {
      const file = uriToFile(c.uri);
      if (!file) continue;
      this.explicitFailed.delete(file);
      this.models.delete(file);
      if (c.type === FileChangeType.Deleted) {
        this.disk.delete(file);
        continue;
      }
      if (!/\.(txt|md|markdown|govreport)$/i.test(file)) continue;
      if (!this.disk.has(file) && this.disk.size >= limits.maxFiles) continue;
      const r = await readReport(file, limits.maxFileSize);
      if (r) this.disk.set(file, r);
      else this.disk.delete(file);
    }
    this.queueRefresh();
  }

  /** The analyzer is about to build a new model of an open document: the old one is no longer offered. */
  release(uri: string): void {
    this.open.delete(uri);
  }

  closed(uri: string): void {
    this.open.delete(uri);
    this.parsedOpen.delete(uri);
    this.keys.delete(uri);
    this.queueRefresh();
  }

  /** Re-checks the open documents whose previous report (or its version) is no longer the one used. */
  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    setImmediate(() => {
      this.refreshQueued = false;
      for (const doc of this.ctx.documents.all()) {
        const last = this.keys.get(doc.uri);
        const o = this.open.get(doc.uri);
        if (last === undefined || !o || o.version !== doc.version) continue;
        const { key } = this.resolve(doc.uri, o.model);
        if (key === last) continue;
        // Recorded now, so that the check this schedules does not schedule itself again.
        this.keys.set(doc.uri, key);
        this.ctx.schedule(doc);
      }
    });
  }
}

export const workspaceReportsFeature: ServerFeature = {
  register(ctx: ServerContext) {
    const reports = new WorkspaceReports(ctx);
    ctx.analyzer.setOthersProvider(
      (doc, model) => reports.provide(doc, model),
      (uri) => reports.release(uri),
    );
    ctx.connection.onDidChangeWatchedFiles((params) => reports.changed(params.changes));
    ctx.documents.onDidClose((e) => reports.closed(e.document.uri));
  },
};
