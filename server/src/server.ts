import { minimatch } from 'minimatch';
import {
  CodeActionKind,
  CodeActionOptions,
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  ServerCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Lang, langFromLocale } from './core/i18n';
import { Analyzer, MAX_DOCUMENT_LENGTH } from './lsp/analysis';
import { ServerContext } from './lsp/context';
import { FEATURES } from './lsp/features';
import { publish } from './lsp/features/diagnostics';
import { DEFAULT_SETTINGS, Settings, validateSettings } from './lsp/settings';

// The language server: the only module that knows about the connection's lifecycle. It owns the
// settings and the per-version cache; the features in lsp/features/ read one analysis per version.

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let lang: Lang = 'zh-cn';
let settings: Settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;
// Documents opened before the first settings arrive wait for them, so a rule the user turned off
// never flashes up.
let settingsLoaded: Promise<void> = Promise.resolve();

function isForced(doc: TextDocument, s: Settings): boolean {
  if (doc.languageId === 'gov-report') return true;
  if (!s.files.length) return false;
  const path = decodeURIComponent(doc.uri.replace(/^file:\/\//, ''));
  return s.files.some((g) => minimatch(path, g, { matchBase: true, dot: true }));
}

const analyzer = new Analyzer(
  DEFAULT_SETTINGS,
  (ruleId, error) => connection.console.error(`gov-report: rule ${ruleId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  isForced,
);

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
  analysisOf(uri) {
    const doc = documents.get(uri);
    if (!doc || doc.getText().length > MAX_DOCUMENT_LENGTH) return undefined;
    const a = analyzer.get(doc);
    return a.served ? a : undefined;
  },
  schedule,
  refreshAll: () => documents.all().forEach(schedule),
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
  if (result.problems.length) {
    const names = result.problems.join(', ');
    void connection.window.showWarningMessage(
      lang === 'en'
        ? `Gov report checker: invalid setting ${names}; using the default instead.`
        : `政府信息公开年报校对：设置 ${names} 无效，已改用默认值。`,
    );
  }
  settings = result.settings;
  analyzer.updateSettings(settings);
  ctx.refreshAll();
}

/** Merges the features' capabilities; code action kinds are united rather than overwritten. */
function capabilities(): ServerCapabilities {
  const merged: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
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
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  return { capabilities: capabilities(), serverInfo: { name: 'gov-report-lint' } };
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

for (const feature of FEATURES) feature.register(ctx);

process.on('uncaughtException', (error) => connection.console.error(`gov-report: ${error.stack ?? error.message}`));

documents.listen(connection);
connection.listen();
