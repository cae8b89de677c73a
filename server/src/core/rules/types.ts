import { Localized } from '../i18n';
import { DocumentKind, ReportModel } from '../model/types';
import { Position } from '../text/line-index';
import { TextRange } from '../text/range';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/** A fix is offered only when the right text is certain; it edits only its own ranges. */
export interface Fix {
  readonly title: Localized;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly range: TextRange;
  readonly message: Localized;
  /** another document (cross-year checks); absent means the checked document */
  readonly uri?: string;
  /** with `uri`: the range as lines and UTF-16 columns of that document (`range` holds its offsets) */
  readonly position?: { readonly start: Position; readonly end: Position };
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly range: TextRange;
  readonly message: Localized;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
}

/** What a rule reports; the engine adds the rule id and the effective severity. */
export interface FindingInput {
  readonly range: TextRange;
  readonly message: Localized;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
  /** a finer severity than the rule's default (e.g. warning for a unit in a money cell) */
  readonly severity?: Severity;
}

export interface RuleMeta {
  /** stable kebab-case id: the diagnostic code */
  readonly id: string;
  readonly description: Localized;
  readonly defaultSeverity: Severity;
  /** the kinds of document the rule runs on (default: annual reports) */
  readonly appliesTo?: readonly DocumentKind[];
  /** whether findings can carry a fix */
  readonly fixable: boolean;
  /** the domain rule ids it implements (T3-1, NUM-1, …), for the docs */
  readonly implements?: readonly string[];
}

/** A report of another document that a rule may read (the previous year's report, for cross-year checks). */
export interface OtherReport {
  readonly uri: string;
  readonly model: ReportModel;
}

export interface RuleContext {
  readonly model: ReportModel;
  /** the severity the user set for this rule, if any */
  readonly configuredSeverity: Severity | undefined;
  /** reports that rules comparing documents may read */
  readonly others: Readonly<Record<string, unknown>>;
  report(finding: FindingInput): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
