import { Heading, ReportModel, Table } from '../model/types';
import { contains, TextRange } from '../text/range';
import { mapped } from '../arrays';

export type OutlineKind = 'title' | 'part' | 'heading' | 'table';

/** A document symbol in core terms; the server maps kinds to LSP SymbolKinds. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** the whole section */
  readonly range: TextRange;
  /** the heading text */
  readonly selectionRange: TextRange;
  readonly children: readonly OutlineSymbol[];
}

interface Node extends OutlineSymbol {
  children: Node[];
}

function fromHeading(model: ReportModel, h: Heading): Node {
  const part = h.level === 1 ? model.parts.find((p) => p.heading === h) : undefined;
  // A part whose heading strays from the template shows the template title beside it.
  const detail = part?.template && part.template.title !== h.title ? `${part.template.numeral}、${part.template.title}` : '';
  return {
    name: `${h.marker}${h.title}`,
    detail,
    kind: h.level === 1 ? 'part' : 'heading',
    range: h.sectionRange,
    selectionRange: h.titleRange,
    children: mapped(h.children, (c) => fromHeading(model, c)),
  };
}

/** 表二/表三/表四 named with their caption; selected by the table's first line. */
function fromTable(model: ReportModel, t: Table): Node {
  const name = t.caption ?? (t.kind ? model.format.template.tables[t.kind].name.zh : '表格');
  const first = model.lines.lineAt(t.range.start);
  const lead = first.text.length - first.text.trimStart().length;
  const start = Math.min(first.start + lead, t.range.end);
  const end = Math.max(start, Math.min(first.start + first.text.trimEnd().length, t.range.end));
  return { name, detail: '', kind: 'table', range: t.range, selectionRange: { start, end }, children: [] };
}

/** Puts a table under the deepest symbol whose range holds it, keeping children in document order. */
function place(nodes: Node[], table: Node): void {
  const host = nodes.find((n) => n.kind !== 'table' && contains(n.range, table.range));
  if (host) return place(host.children, table);
  nodes.push(table);
  nodes.sort((a, b) => a.range.start - b.range.start);
}

/** The last character of text in the document: the title's symbol spans the whole report. */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Title → parts → headings by level, with 表二/表三/表四 as symbols of their own inside the part (or
 * heading) that holds them. Annual reports and 工作要点 alike; breadcrumbs and "go to symbol" read it too.
 */
export function outline(model: ReportModel): OutlineSymbol[] {
  const top: Node[] = mapped(model.outline, (h) => fromHeading(model, h));
  for (const t of model.tables) place(top, fromTable(model, t));
  if (!model.title) return top;
  const end = Math.max(contentEnd(model.text), model.title.range.end, ...mapped(top, (n) => n.range.end));
  return [
    {
      name: model.title.text,
      detail: model.kind === 'annual-report' && model.year !== undefined ? `${model.year}年度 · ${model.format.template.name.zh}` : '',
      kind: 'title',
      range: { start: model.title.range.start, end },
      selectionRange: model.title.range,
      children: top,
    },
  ];
}
