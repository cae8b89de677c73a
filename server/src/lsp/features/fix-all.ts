import { CodeAction, CodeActionKind, CodeActionParams } from 'vscode-languageserver/node';
import { fixAllEdits } from '../../core/features/fix-all';
import { DISABLE_RULE_COMMAND, disableRuleTitle, FIX_ALL_KIND, fixAllTitle, kindWanted } from '../../core/features/rule-actions';
import { localize } from '../../core/i18n';
import { SOURCE, toRange } from '../convert';
import { ServerContext } from '../context';

/**
 * `source.fixAll.gov-report`: every certain fix of every enabled rule, to a bounded fixpoint, as
 * minimal edits on the version the request was made against. The edit names that version, so a
 * client never applies it to a newer text. Computed only when asked for (on save, or the Source
 * Action menu), never for the light bulb: it runs the rules several times.
 */
export function fixAllActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  if (!kindWanted(params.context.only, FIX_ALL_KIND)) return [];
  const doc = ctx.documents.get(params.textDocument.uri);
  const analysis = doc && ctx.analysisOf(doc.uri);
  if (!doc || !analysis || analysis.version !== doc.version) return [];
  const settings = ctx.settings();
  const result = fixAllEdits(doc.getText(), {
    format: settings.format === 'auto' ? undefined : settings.format,
    // The document is served, so it is a report even if a fix were to blur what detection saw.
    assumeReport: true,
    rules: settings.rules,
  });
  if (!result.edits.length) return [];
  const { model } = analysis;
  return [
    {
      title: localize(fixAllTitle(result.edits.length), ctx.lang()),
      kind: FIX_ALL_KIND,
      edit: {
        documentChanges: [
          { textDocument: { uri: doc.uri, version: doc.version }, edits: result.edits.map((e) => ({ range: toRange(model, e.range), newText: e.newText })) },
        ],
      },
    },
  ];
}

/** "Disable this rule" on every finding: one action per rule, running the client command that writes the setting. */
export function disableRuleActions(ctx: ServerContext, params: CodeActionParams): CodeAction[] {
  if (!kindWanted(params.context.only, CodeActionKind.QuickFix)) return [];
  const byRule = new Map<string, CodeAction>();
  for (const d of params.context.diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string') continue;
    const existing = byRule.get(d.code);
    if (existing) {
      existing.diagnostics!.push(d);
      continue;
    }
    const title = localize(disableRuleTitle(d.code), ctx.lang());
    byRule.set(d.code, { title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: DISABLE_RULE_COMMAND, arguments: [d.code] } });
  }
  return [...byRule.values()];
}
