import { ServerFeature } from '../context';
import { DocumentSymbol, FoldingRange, FoldingRangeKind, FoldingRangeRefreshRequest, SymbolKind } from 'vscode-languageserver';
import { foldingRanges } from '../../core/features/folding';
import { outline, OutlineKind, OutlineSymbol } from '../../core/features/outline';
import { ReportModel } from '../../core/model/types';
import { toRange } from '../convert';

const KIND: Record<OutlineKind, SymbolKind> = {
  title: SymbolKind.File,
  part: SymbolKind.Module,
  heading: SymbolKind.Namespace,
  table: SymbolKind.Struct,
};

function toSymbol(model: ReportModel, s: OutlineSymbol): DocumentSymbol {
  return {
    name: s.name || '—',
    detail: s.detail,
    kind: KIND[s.kind],
    range: toRange(model, s.range),
    selectionRange: toRange(model, s.selectionRange),
    children: s.children.map((c) => toSymbol(model, c)),
  };
}

export function documentSymbols(model: ReportModel): DocumentSymbol[] {
  return outline(model).map((s) => toSymbol(model, s));
}

export function folding(model: ReportModel): FoldingRange[] {
  return foldingRanges(model).map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Region }));
}

export const symbolsFeature: ServerFeature = {
  capabilities: { documentSymbolProvider: true, foldingRangeProvider: true },
  register(ctx) {
    // Folding follows the model, which the format and detection settings change; the outline is pulled
    // again by the client whenever it is shown, folding ranges only after an edit unless refreshed.
    ctx.onSettingsChanged(() => {
      if (ctx.clientCapabilities().workspace?.foldingRange?.refreshSupport) void ctx.connection.sendRequest(FoldingRangeRefreshRequest.type).catch(() => undefined);
    });
    ctx.connection.onDocumentSymbol((params) => {
      const a = ctx.analysisOf(params.textDocument.uri);
      return a ? documentSymbols(a.model) : [];
    });
    ctx.connection.onFoldingRanges((params) => {
      const a = ctx.analysisOf(params.textDocument.uri);
      return a ? folding(a.model) : [];
    });
  },
};
