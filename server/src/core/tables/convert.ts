import { ReportModel, Table, TableLayout } from '../model/types';
import { TextEdit } from '../rules/types';
import { isBlank, labelKey } from '../text/normalize';
import { TextRange } from '../text/range';
import { documentRows, writeTable } from './write';
import { mapped } from '../arrays';

/**
 * The range a conversion replaces. A Markdown or TSV 表二 has its first caption (第二十条第（一）项) as a
 * prose line above the first block, outside the table; the writers write it again, so it is replaced too.
 */
function replacedRange(model: ReportModel, t: Table): TextRange {
  if (t.kind !== 'active' || t.layout === 'word') return t.range;
  const section = model.format.template.tables.active.sections.find((s) => s.id === t.dataRows[0]?.section);
  let n = model.lines.lineAt(t.range.start).number - 1;
  while (n >= 0 && isBlank(model.lines.lines[n].text)) n--;
  const line = n >= 0 ? model.lines.lines[n] : undefined;
  return section && line && labelKey(line.text) === labelKey(section.caption) ? { start: line.start, end: t.range.end } : t.range;
}

/** Edits that rewrite every recognised table of the report in another layout, keeping every row and value. */
export function convertTables(model: ReportModel, layout: TableLayout): TextEdit[] {
  const eol = /\r\n/.test(model.text) ? '\r\n' : '\n';
  return mapped(model.tables
    .filter((t) => t.kind && t.layout !== layout), (t) => ({ range: replacedRange(model, t), newText: writeTable(model.format.template, documentRows(t), { layout, eol }) }));
}
