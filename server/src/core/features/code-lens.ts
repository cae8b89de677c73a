import { Localized, msg } from '../i18n';
import { evaluateIdentities, IdentityCheck } from '../model/identities';
import { Cell, ReportModel, Table } from '../model/types';
import { Identity } from '../templates';
import { TextRange } from '../text/range';
import { mapped } from '../arrays';

/** How one identity of a table came out: every column (or row) it was evaluated at. */
export interface IdentityOutcome {
  readonly identity: Identity;
  readonly checks: readonly IdentityCheck[];
  /** true when every check holds, false when one fails, undefined when none could be evaluated fully */
  readonly holds: boolean | undefined;
}

/** The lens above one table: "勾稽关系 3/3 成立" or "勾稽关系 1 处不成立". */
export interface TableLens {
  readonly table: Table;
  /** where the lens sits: the table's first line */
  readonly range: TextRange;
  readonly title: Localized;
  /** identities of the table's kind in the report's format */
  readonly total: number;
  /** identities that hold everywhere */
  readonly holding: number;
  /** identities with a cell that is not a number, and none failing */
  readonly unknown: number;
  /** failing checks (one per column or row where an identity fails) */
  readonly failing: number;
  /** the cell to reveal: the first failing check's total (or, for a balance, its first term) */
  readonly target: TextRange | undefined;
}

/** The cell a failing check is best shown at: the total a fix would set, or a balance's first term. */
export function focusCell(check: IdentityCheck): Cell | undefined {
  return check.identity.rule === 'table-total' ? check.right[0] : check.left[0];
}

export function cellTarget(cell: Cell | undefined): TextRange | undefined {
  return cell && (cell.valueRange ?? cell.range);
}

/** Every identity of the table's kind, with its checks grouped (identities without checks stay undecided). */
export function identityOutcomes(model: ReportModel, table: Table): IdentityOutcome[] {
  const checks = evaluateIdentities(model).filter((c) => c.table === table);
  return mapped(model.format.template.identities
    .filter((i) => i.table === table.kind), (identity) => {
      const own = checks.filter((c) => c.identity === identity);
      const holds = own.some((c) => c.holds === false) ? false : own.length > 0 && own.every((c) => c.holds === true) ? true : undefined;
      return { identity, checks: own, holds };
    });
}

function lensTitle(total: number, holding: number, unknown: number, failing: number): Localized {
  if (failing > 0) return msg(`勾稽关系 ${failing} 处不成立`, `Identities: ${failing} failing`);
  if (unknown > 0) return msg(`勾稽关系 ${holding}/${total} 成立，${unknown} 项无法核对`, `Identities: ${holding}/${total} hold, ${unknown} not checkable`);
  return msg(`勾稽关系 ${holding}/${total} 成立`, `Identities: ${holding}/${total} hold`);
}

/** One lens per recognised table that has identities (表二 has none in either format). */
export function tableLenses(model: ReportModel): TableLens[] {
  if (!model.isReport) return [];
  const lenses: TableLens[] = [];
  for (const table of model.tables) {
    if (!table.kind) continue;
    const outcomes = identityOutcomes(model, table);
    if (!outcomes.length) continue;
    const failingChecks = outcomes.flatMap((o) => o.checks.filter((c) => c.holds === false));
    const holding = outcomes.filter((o) => o.holds === true).length;
    const failing = failingChecks.length;
    const unknown = failing ? 0 : outcomes.filter((o) => o.holds === undefined).length;
    const first = model.lines.lineAt(table.range.start);
    lenses.push({
      table,
      range: { start: first.start, end: first.start },
      title: lensTitle(outcomes.length, holding, unknown, failing),
      total: outcomes.length,
      holding,
      unknown,
      failing,
      target: failingChecks.length ? cellTarget(focusCell(failingChecks[0])) : undefined,
    });
  }
  return lenses;
}
