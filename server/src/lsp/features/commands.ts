import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { reportSkeleton } from '../../core/features/skeleton';
import { localize, msg } from '../../core/i18n';
import { convertTables } from '../../core/tables/convert';
import { MAX_DOCUMENT_LENGTH } from '../analysis';
import { toRange } from '../convert';
import { ServerFeature } from '../context';
import { CONVERT_TABLES_REQUEST, ConvertTablesParams, ConvertTablesResult, SKELETON_REQUEST, SkeletonParams, SkeletonResult } from '../protocol';

const LAYOUTS = ['word', 'markdown', 'tsv'];

/** The requests behind the editor commands: table layout conversion and the new-report skeleton. */
export const commandsFeature: ServerFeature = {
  register(ctx) {
    ctx.connection.onRequest(CONVERT_TABLES_REQUEST, (params: ConvertTablesParams): ConvertTablesResult => {
      const doc = params && ctx.documents.get(params.uri);
      if (!doc || !LAYOUTS.includes(params.layout)) {
        throw new ResponseError(ErrorCodes.InvalidParams, localize(msg('文档未打开或版式无效', 'The document is not open or the layout is invalid'), ctx.lang()));
      }
      if (doc.getText().length > MAX_DOCUMENT_LENGTH) return { version: doc.version, edits: [], tables: 0, unchanged: 0 };
      // Conversion reads the model whether or not the document is served as a report.
      const { model } = ctx.analyzer.get(doc);
      const recognised = model.tables.filter((t) => t.kind);
      const edits = convertTables(model, params.layout).map((e) => ({ range: toRange(model, e.range), newText: e.newText }));
      return { version: doc.version, edits, tables: recognised.length, unchanged: recognised.length - edits.length };
    });
    ctx.connection.onRequest(SKELETON_REQUEST, (params: SkeletonParams): SkeletonResult => {
      const format = params?.format === '2019' ? '2019' : '2021';
      const layout = params?.layout === 'markdown' ? 'markdown' : 'word';
      const year = typeof params?.year === 'number' && Number.isInteger(params.year) ? params.year : undefined;
      return { text: reportSkeleton({ format, layout, year }) };
    });
  },
};
