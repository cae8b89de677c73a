import { minimatch } from 'minimatch';
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Lang, langFromLocale } from './core/i18n';
import { Analysis, Analyzer, MAX_DOCUMENT_LENGTH } from './lsp/analysis';
import { DiagnosticData, SOURCE, toDiagnostic } from './lsp/convert';
import { DEFAULT_SETTINGS, Settings, validateSettings } from './lsp/settings';
import { documentSymbols, folding } from './lsp/symbols';

// The language server: an adapter over the pure core. It owns the connection, the settings and the
// per-version cache; everything it answers is read from one analysis of one document version.

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let lang: Lang = 'zh-cn';
let canPullConfiguration = false;
// Documents opened before the first settings arrive wait for them, so a rule the user turned off
// never flashes up.
let settingsLoaded: Promise<void> = Promise.resolve();

function isForced(doc: TextDocument, settings: Settings): boolean {
  if (doc.languageId === 'gov-report') return true;
  const path = decodeURIComponent(doc.uri.replace(/^file:\/\//, ''));
  return settings.files.some((g) => minimatch(path, g, { matchBase: true, dot: true }));
}

const analyzer = new Analyzer(
  DEFAULT_SETTINGS,
  (ruleId, error) => connection.console.error(`gov-report: rule ${ruleId} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`),
  isForced,
);

/** Analysis of the current version, or undefined for documents the server does not serve. */
function analysisOf(uri: string): Analysis | undefined {
  const doc = documents.get(uri);
  if (!doc || doc.getText().length > MAX_DOCUMENT_LENGTH) return undefined;
  const a = analyzer.get(doc);
  return a.served ? a : undefined;
}

function diagnosticsOf(doc: TextDocument): Diagnostic[] {
  if (doc.getText().length > MAX_DOCUMENT_LENGTH) {
    return [];
  }
  const a = analyzer.get(doc);
  return a.findings.map((f) => toDiagnostic(f, a.model, doc.uri, doc.version, lang));
}

// Validation runs off the change notification, and only for the newest version: a burst of
// keystrokes (or a 10 MB paste) never queues stale work ahead of other documents.
const pending = new Map<string, NodeJS.Immediate>();
function schedule(doc: TextDocument): void {
  const prev = pending.get(doc.uri);
  if (prev) clearImmediate(prev);
  pending.set(
    doc.uri,
    setImmediate(async () => {
      pending.delete(doc.uri);
      await settingsLoaded;
      const current = documents.get(doc.uri);
      if (!current) return;
      try {
        void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: diagnosticsOf(current) });
      } catch (error) {
        connection.console.error(`gov-report: checking ${current.uri} failed: ${String(error)}`);
      }
    }),
  );
}

async function loadSettings(): Promise<void> {
  let raw: unknown;
  if (canPullConfiguration) {
    try {
      raw = await connection.workspace.getConfiguration('govReport');
    } catch {
      raw = undefined;
    }
  }
  const { settings, problems } = validateSettings(raw);
  if (problems.length) {
    const names = problems.join(', ');
    void connection.window.showWarningMessage(
      lang === 'en'
        ? `Gov report checker: invalid setting ${names}; using the default instead.`
        : `政府信息公开年报校对：设置 ${names} 无效，已改用默认值。`,
    );
  }
  analyzer.updateSettings(settings);
  documents.all().forEach(schedule);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as { locale?: string };
  lang = langFromLocale(init.locale ?? params.locale ?? process.env.LANG);
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'gov-report-lint' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govReport' }).catch(() => undefined);
  }
  settingsLoaded = loadSettings();
});

connection.onDidChangeConfiguration(() => {
  settingsLoaded = loadSettings();
});

documents.onDidOpen((e) => schedule(e.document));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  analyzer.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onCodeAction((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  const actions: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    if (d.source !== SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    // A fix belongs to the version it was computed for; a stale one is never applied.
    if (!data?.fix || data.version !== doc.version) continue;
    actions.push({
      title: data.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: data.fix.edits }] },
    });
  }
  return actions;
});

connection.onDocumentSymbol((params) => {
  const a = analysisOf(params.textDocument.uri);
  return a ? documentSymbols(a.model) : [];
});

connection.onFoldingRanges((params) => {
  const a = analysisOf(params.textDocument.uri);
  return a ? folding(a.model) : [];
});

process.on('uncaughtException', (error) => connection.console.error(`gov-report: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();
