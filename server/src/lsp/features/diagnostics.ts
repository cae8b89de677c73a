import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_DOCUMENT_LENGTH } from '../analysis';
import { diagnosticsFor } from '../problem-limit';
import { ServerContext, ServerFeature } from '../context';

/** Pushes diagnostics (textDocument/publishDiagnostics) so that every LSP client receives them. */
export function publish(ctx: ServerContext, doc: TextDocument): void {
  if (doc.getText().length > MAX_DOCUMENT_LENGTH) {
    void ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: [] });
    return;
  }
  const a = ctx.analyzer.get(doc);
  const diagnostics = diagnosticsFor(a.findings, a.model, doc.uri, doc.version, ctx.lang(), ctx.settings().maxNumberOfProblems);
  void ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

export const diagnosticsFeature: ServerFeature = {
  register(ctx) {
    ctx.documents.onDidOpen((e) => ctx.schedule(e.document));
    ctx.documents.onDidChangeContent((e) => ctx.schedule(e.document));
    ctx.documents.onDidClose((e) => {
      ctx.analyzer.forget(e.document.uri);
      void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  },
};
