import { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Lang } from '../core/i18n';
import { Analysis, Analyzer } from './analysis';
import { Settings } from './settings';

/** What a server feature module gets: the connection, the documents and the one cache of analyses. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly analyzer: Analyzer;
  /** the display language chosen at initialisation */
  lang(): Lang;
  settings(): Settings;
  /** the workspace folder URIs given at initialisation (none for a single file) */
  workspaceFolders(): readonly string[];
  /** the analysis of the current version, or undefined when the document is not served */
  analysisOf(uri: string): Analysis | undefined;
  /** re-check a document and push its diagnostics (coalesced, newest version only) */
  schedule(doc: TextDocument): void;
  /** re-check every open document (after settings or related files changed) */
  refreshAll(): void;
  /** what the client declared at initialisation */
  clientCapabilities(): ClientCapabilities;
  /** called after new settings are in force and the open documents are scheduled for a re-check */
  onSettingsChanged(listener: () => void): void;
}

/**
 * A feature of the language server: the capabilities it adds and the handlers it registers.
 * server.ts only lists features; each lives in its own file under lsp/features/.
 */
export interface ServerFeature {
  readonly capabilities?: ServerCapabilities;
  register(ctx: ServerContext): void;
}
