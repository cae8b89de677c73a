import { Localized } from '../i18n';

export type FormatId = '2019' | '2021';

/** 表二 主动公开, 表三 依申请公开, 表四 复议诉讼 */
export type TableKind = 'active' | 'requests' | 'appeals';

export type CellKind = 'count' | 'signed' | 'money';

export interface ColumnTemplate {
  readonly id: string;
  /** header text as the template prints it */
  readonly label: string;
  /** short name used in messages */
  readonly name: Localized;
  readonly kind: CellKind;
}

/** How a row label path (level 1 / 2 / 3 label cells) is recognised. Patterns run on `labelKey` text. */
export interface RowMatcher {
  readonly l1?: RegExp;
  readonly l2?: RegExp;
  readonly l3?: RegExp;
}

export interface RowTemplate {
  readonly id: string;
  /** the label as the template prints it (the deepest level), used when a table is written out */
  readonly label: string;
  /** full label path, level by level, for writing a table out */
  readonly path: readonly string[];
  readonly name: Localized;
  readonly match: RowMatcher;
  /** rows summed by an identity or a prose subtotal ("result", "denied", …) */
  readonly groups?: readonly string[];
}

export interface Table2Section {
  readonly id: string;
  /** 第二十条第（一）项 */
  readonly caption: string;
  readonly columns: readonly ColumnTemplate[];
  readonly rows: readonly RowTemplate[];
}

export interface TableTemplate {
  readonly kind: TableKind;
  readonly part: number;
  readonly name: Localized;
  /** 表二 has sections with their own columns; 表三 and 表四 have one section */
  readonly sections: readonly Table2Section[];
}

/** A term of an identity: a row or column id, or every row/column of a group that is present. */
export type Term = string | { readonly group: string };

/**
 * "sum(left) = sum(right)", evaluated for every column (`across: 'columns'`, terms are row ids)
 * or for every data row (`across: 'rows'`, terms are column ids).
 */
export interface Identity {
  readonly id: string;
  readonly rule: 'table-balance' | 'table-total';
  readonly table: TableKind;
  readonly across: 'columns' | 'rows';
  readonly left: readonly Term[];
  /** for `table-total`, exactly one term: the total that a fix may set */
  readonly right: readonly Term[];
  readonly description: Localized;
}

export interface PartTemplate {
  readonly number: number;
  readonly numeral: string;
  /** canonical title without the numbering */
  readonly title: string;
  /** recognises the part from its heading text (any accepted or warned variant) */
  readonly keywords: RegExp;
  /** titles accepted without a finding (other than the canonical one) */
  readonly accepted: readonly string[];
  readonly table?: TableKind;
}

export interface FormatTemplate {
  readonly id: FormatId;
  readonly name: Localized;
  /** the notice that issued the format */
  readonly notice: string;
  readonly years: { readonly from: number; readonly to?: number };
  readonly parts: readonly PartTemplate[];
  readonly tables: Readonly<Record<TableKind, TableTemplate>>;
  readonly identities: readonly Identity[];
  /** texts that only this format prints in its tables (domain §1) */
  readonly fingerprints: readonly RegExp[];
}
