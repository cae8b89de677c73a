import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintModel } from '../core/lint';
import { parseReport } from '../core/model/build';
import { ReportModel } from '../core/model/types';
import { UnchangedParse, unchangedParse } from '../core/model/unchanged';
import { Finding } from '../core/rules/types';
import { Settings } from './settings';
import { serverRules } from './test-rules';

/** Every rule (plus a throwing one only when the robustness tests set GOV_REPORT_TEST_THROWING_RULE=1). */
const RULE_SET = serverRules();

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
  /** whether the server serves this document: detected as a report, or forced by language or settings */
  readonly served: boolean;
}

/**
 * What a document is checked against besides itself (the previous year's report): `key` names the
 * inputs (uri and version or mtime), so that the cached findings are redone when they change.
 */
export type OthersProvider = (doc: TextDocument, model: ReportModel) => { readonly key: string; readonly others: Readonly<Record<string, unknown>> };

/** Documents longer than this are not checked (a clear diagnostic says so). */
export const MAX_DOCUMENT_LENGTH = 12 * 1024 * 1024;

/**
 * One parse and one rule run per document version (and settings generation); outline, folding,
 * diagnostics, hover and code actions all read the cached analysis.
 */
export class Analyzer {
  private readonly cache = new Map<string, Analysis & { generation: number; othersKey: string }>();
  private generation = 0;
  private others: OthersProvider = () => ({ key: '', others: {} });
  private releaseOthers: (uri: string) => void = () => undefined;

  constructor(
    private settings: Settings,
    private readonly onRuleError: (ruleId: string, error: unknown) => void,
    private readonly forced: (doc: TextDocument, settings: Settings) => boolean,
  ) {}

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.generation++;
  }

  /**
   * Set by the workspace-reports feature. `release` is told when a document's model is about to be
   * replaced, so that the provider lets go of it before the new one is built.
   */
  setOthersProvider(provider: OthersProvider, release: (uri: string) => void = () => undefined): void {
    this.others = provider;
    this.releaseOthers = release;
    this.generation++;
  }

  get(doc: TextDocument): Analysis {
    let hit = this.cache.get(doc.uri);
    let unchanged: UnchangedParse | undefined;
    if (hit && hit.version !== doc.version) unchanged = unchangedParse(hit.model, doc.getText());
    if (hit && (hit.version !== doc.version || hit.generation !== this.generation)) {
      // The old model is let go before the new one is built (all but the lines and tables the new version
      // keeps): on a 1 MB document each is tens of MB, and keeping both alive doubles the work of every
      // full GC while the user types.
      this.cache.delete(doc.uri);
      this.releaseOthers(doc.uri);
      hit = undefined;
    }
    // The same version keeps its model; only the rules run again when the other report changed.
    const model = hit ? hit.model : this.parse(doc, unchanged);
    const others = this.others(doc, model);
    if (hit && hit.othersKey === others.key) return hit;
    const assumeReport = this.forced(doc, this.settings);
    const findings = lintModel(model, { ruleSet: RULE_SET, rules: this.settings.rules, others: others.others, onRuleError: this.onRuleError });
    const served = model.isReport && (assumeReport || this.settings.detect !== 'off');
    const analysis = { uri: doc.uri, version: doc.version, model, findings: served ? findings : [], served, generation: this.generation, othersKey: others.key };
    this.cache.set(doc.uri, analysis);
    return analysis;
  }

  private parse(doc: TextDocument, unchanged: UnchangedParse | undefined): ReportModel {
    const options = { format: this.settings.format === 'auto' ? undefined : this.settings.format, assumeReport: this.forced(doc, this.settings) };
    return parseReport(doc.getText(), options, unchanged);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
