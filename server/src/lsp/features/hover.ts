import { Hover, MarkupKind } from 'vscode-languageserver';
import { hoverAt } from '../../core/features/hover';
import { localize } from '../../core/i18n';
import { ServerFeature } from '../context';
import { toRange } from '../convert';

/** Hover on a prose number tied to the tables: the cells, the table value and the computation. */
export const hoverFeature: ServerFeature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover((params): Hover | null => {
      const a = ctx.analysisOf(params.textDocument.uri);
      if (!a) return null;
      const info = hoverAt(a.model, a.model.lines.offsetAt(params.position));
      if (!info) return null;
      return { contents: { kind: MarkupKind.Markdown, value: localize(info.markdown, ctx.lang()) }, range: toRange(a.model, info.range) };
    });
  },
};
