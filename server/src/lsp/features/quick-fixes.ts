import { CodeAction, CodeActionKind } from 'vscode-languageserver/node';
import { DiagnosticData, SOURCE } from '../convert';
import { ServerFeature } from '../context';
import { FIX_ALL_KIND } from '../../core/features/rule-actions';
import { disableRuleActions, fixAllActions } from './fix-all';

/** Quick fixes ride in Diagnostic.data with the version they were computed for. */
export const quickFixFeature: ServerFeature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const actions: CodeAction[] = [];
      for (const d of params.context.diagnostics) {
        if (d.source !== SOURCE) continue;
        const data = d.data as DiagnosticData | undefined;
        // A fix belongs to the version it was computed for; a stale one is never offered.
        if (!data?.fix || data.version !== doc.version) continue;
        actions.push({
          title: data.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: data.fix.edits }] },
        });
      }
      // One handler serves every code action: rule fixes, then "disable this rule", then fix-all (only when asked for).
      return [...actions, ...disableRuleActions(ctx, params), ...fixAllActions(ctx, params)];
    });
  },
};
