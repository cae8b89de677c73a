import { minimatch } from 'minimatch';
import {
  ClientCapabilities,
  CodeActionKind,
  CodeActionOptions,
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  MessageType,
  ProposedFeatures,
  ServerCapabilities,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Lang, langFromLocale } from './core/i18n';
import { Analyzer, MAX_DOCUMENT_LENGTH } from './lsp/analysis';
import { ServerContext } from './lsp/context';
import { FEATURES } from './lsp/features';
import { publish } from './lsp/features/diagnostics';
import { BackgroundChecker, LARGE_DOCUMENT_LENGTH } from './lsp/large-documents';
import { DEFAULT_SETTINGS, Settings, settingsWarning, validateSettings } from './lsp/settings';

// The language server: the only module that knows about the connection's lifecycle. It owns the
// settings and the per-version cache; the features in lsp/features/ read one analysis per version.

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let lang: Lang = 'zh-cn';
let settings: Settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
let workspaceFolders: readonly string[] = [];
let clientCapabilities: ClientCapabilities = {};
const settingsListeners: (() => void)[] = [];
// Documents opened before the first settings arrive wait for them, so a rule the user turned off
// never flashes up.
let settingsLoaded: Promise<void> = Promise.resolve();
let lastSettingsWarning = '';

function isForced(doc: TextDocument, s: Settings): boolean {
  if (doc.languageId === 'gov-report') return true;
  if (!s.files.length) return false;
  const path = decodeURIComponent(doc.uri.replace(/^file:\/\//, ''));
  return s.files.some((g) => minimatch(path, g, { matchBase: true, dot: true }));
}

// A rule that throws is logged once per distinct error, not on every keystroke; the other rules go on.
const loggedRuleErrors = new Set<string>();
function logRuleError(ruleId: string, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const key = `${ruleId}\u0000${error instanceof Error ? error.message : text}`;
  if (loggedRuleErrors.has(key) || loggedRuleErrors.size >= 1000) return;
  loggedRuleErrors.add(key);
  connection.console.error(`gov-report: rule ${ruleId} failed: ${text}`);
}

const analyzer = new Analyzer(DEFAULT_SETTINGS, logRuleError, isForced);

// Documents over LARGE_DOCUMENT_LENGTH are checked on a worker thread (newest version only, a new version
// cancels the running check), so a 10 MB paste never blocks the other documents.
const background = new BackgroundChecker(
  (result) => {
    for (const e of result.ruleErrors) logRuleError(e.rule, e.message);
    const doc = documents.get(result.uri);
    if (doc && doc.version === result.version) void connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics: result.diagnostics });
  },
  (message) => connection.console.error(`gov-report: ${message}`),
);
documents.onDidClose((e) => background.cancel(e.document.uri));

function checkInBackground(doc: TextDocument): void {
  background.check({
    uri: doc.uri,
    version: doc.version,
    text: doc.getText(),
    lang,
    format: settings.format === 'auto' ? undefined : settings.format,
    assumeReport: isForced(doc, settings),
    detect: settings.detect,
    rules: settings.rules,
    maxNumberOfProblems: settings.maxNumberOfProblems,
  });
}

// Checks run off the change notification and only for the newest version: a burst of keystrokes
// (or a 10 MB paste) never queues stale work ahead of other documents.
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
      const length = current.getText().length;
      if (length > LARGE_DOCUMENT_LENGTH && length <= MAX_DOCUMENT_LENGTH) return checkInBackground(current);
      background.cancel(current.uri);
      try {
        publish(ctx, current);
      } catch (error) {
        connection.console.error(`gov-report: checking ${current.uri} failed: ${String(error)}`);
      }
    }),
  );
}

const ctx: ServerContext = {
  connection,
  documents,
  analyzer,
  lang: () => lang,
  settings: () => settings,
  workspaceFolders: () => workspaceFolders,
  analysisOf(uri) {
    const doc = documents.get(uri);
    // Large documents are checked off the main thread; features that need the model skip them.
    if (!doc || doc.getText().length > LARGE_DOCUMENT_LENGTH) return undefined;
    const a = analyzer.get(doc);
    return a.served ? a : undefined;
  },
  schedule,
  refreshAll: () => documents.all().forEach(schedule),
  clientCapabilities: () => clientCapabilities,
  onSettingsChanged: (listener) => settingsListeners.push(listener),
};

async function loadSettings(): Promise<void> {
  let raw: unknown;
  if (canPullConfiguration) {
    try {
      raw = await connection.workspace.getConfiguration('govReport');
    } catch {
      raw = undefined;
    }
  }
  const result = validateSettings(raw);
  // One notification per distinct set of invalid settings, not one per configuration change.
  const warning = result.details.length ? settingsWarning(result.details, lang) : '';
  if (warning && warning !== lastSettingsWarning) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: warning });
  lastSettingsWarning = warning;
  settings = result.settings;
  analyzer.updateSettings(settings);
  ctx.refreshAll();
  for (const listener of settingsListeners) listener();
}

/** Merges the features' capabilities; code action kinds are united rather than overwritten. */
function capabilities(): ServerCapabilities {
  // Workspace folders are followed so that the search for last year's report covers the folders open now.
  const merged: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental, workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };
  const kinds = new Set<string>();
  for (const f of FEATURES) {
    const { codeActionProvider, ...rest } = f.capabilities ?? {};
    Object.assign(merged, rest);
    if (typeof codeActionProvider === 'object') (codeActionProvider as CodeActionOptions).codeActionKinds?.forEach((k) => kinds.add(k));
    else if (codeActionProvider) kinds.add(CodeActionKind.QuickFix);
  }
  if (kinds.size) merged.codeActionProvider = { codeActionKinds: [...kinds] };
  return merged;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as { locale?: string };
  lang = langFromLocale(init.locale ?? params.locale ?? process.env.LANG);
  clientCapabilities = params.capabilities;
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  workspaceFolders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return { capabilities: capabilities(), serverInfo: { name: 'gov-report-lint' } };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govReport' }).catch(() => undefined);
  }
  settingsLoaded = loadSettings();
  if (clientCapabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      workspaceFolders = [...workspaceFolders.filter((uri) => !removed.has(uri)), ...e.added.map((f) => f.uri)];
      ctx.refreshAll();
    });
  }
});

connection.onDidChangeConfiguration(() => {
  settingsLoaded = loadSettings();
});

for (const feature of FEATURES) feature.register(ctx);

process.on('uncaughtException', (error) => connection.console.error(`gov-report: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();
