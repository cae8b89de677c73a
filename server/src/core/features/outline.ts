import { Heading, ReportModel } from '../model/types';
import { TextRange } from '../text/range';

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

function fromHeading(h: Heading): OutlineSymbol {
  return {
    name: `${h.marker}${h.title}`,
    detail: '',
    kind: h.level === 1 ? 'part' : 'heading',
    range: h.sectionRange,
    selectionRange: h.titleRange,
    children: h.children.map(fromHeading),
  };
}

/** Title → parts → headings by level. */
export function outline(model: ReportModel): OutlineSymbol[] {
  const parts = model.outline.map(fromHeading);
  if (!model.title) return parts;
  return [
    {
      name: model.title.text,
      detail: '',
      kind: 'title',
      range: { start: model.title.range.start, end: model.text.length },
      selectionRange: model.title.range,
      children: parts,
    },
  ];
}
