import { CodeLens, CodeLensRefreshRequest } from 'vscode-languageserver/node';
import { tableLenses } from '../../core/features/code-lens';
import { localize } from '../../core/i18n';
import { toRange } from '../convert';
import { ServerFeature } from '../context';
import { REVEAL_COMMAND, SUMMARY_COMMAND } from '../protocol';

/**
 * A lens above each table with identities: "勾稽关系 3/3 成立" opens the summary view;
 * "勾稽关系 1 处不成立" reveals the first failing identity's cell (client commands).
 */
export const codeLensFeature: ServerFeature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    // A lens depends on the format setting and on whether the document is served; the client asks for
    // lenses again only after an edit, so it is told when the settings changed.
    ctx.onSettingsChanged(() => {
      if (ctx.clientCapabilities().workspace?.codeLens?.refreshSupport) void ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
    ctx.connection.onCodeLens((params): CodeLens[] => {
      const uri = params.textDocument.uri;
      const a = ctx.analysisOf(uri);
      if (!a) return [];
      return tableLenses(a.model).map((lens) => {
        const title = localize(lens.title, ctx.lang());
        const range = toRange(a.model, lens.range);
        return {
          range,
          command: lens.target
            ? { title, command: REVEAL_COMMAND, arguments: [uri, toRange(a.model, lens.target)] }
            : { title, command: SUMMARY_COMMAND, arguments: [uri] },
        };
      });
    });
  },
};
