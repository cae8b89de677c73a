import { ReportModel, TableLayout } from '../model/types';
import { TextEdit } from '../rules/types';
import { documentRows, writeTable } from './write';

/** Edits that rewrite every recognised table of the report in another layout, keeping every row and value. */
export function convertTables(model: ReportModel, layout: TableLayout): TextEdit[] {
  const eol = /\r\n/.test(model.text) ? '\r\n' : '\n';
  return model.tables
    .filter((t) => t.kind && t.layout !== layout)
    .map((t) => ({ range: t.range, newText: writeTable(model.format.template, documentRows(t), { layout, eol }) }));
}
