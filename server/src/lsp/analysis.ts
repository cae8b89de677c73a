import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../core/lint';
import { ReportModel } from '../core/model/types';
import { Finding } from '../core/rules/types';
import { Settings } from './settings';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly model: ReportModel;
  readonly findings: readonly Finding[];
  /** whether the server serves this document: detected as a report, or forced by language or settings */
  readonly served: boolean;
}

/** Documents longer than this are not checked (a clear diagnostic says so). */
export const MAX_DOCUMENT_LENGTH = 12 * 1024 * 1024;

/**
 * One parse and one rule run per document version (and settings generation); outline, folding,
 * diagnostics, hover and code actions all read the cached analysis.
 */
export class Analyzer {
  private readonly cache = new Map<string, Analysis & { generation: number }>();
  private generation = 0;

  constructor(
    private settings: Settings,
    private readonly onRuleError: (ruleId: string, error: unknown) => void,
    private readonly forced: (doc: TextDocument, settings: Settings) => boolean,
  ) {}

  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.generation++;
  }

  get(doc: TextDocument): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === this.generation) return hit;
    const text = doc.getText();
    const assumeReport = this.forced(doc, this.settings);
    const { model, findings } = lint(text, {
      format: this.settings.format === 'auto' ? undefined : this.settings.format,
      assumeReport,
      rules: this.settings.rules,
      onRuleError: this.onRuleError,
    });
    const served = model.isReport && (assumeReport || this.settings.detect !== 'off');
    const analysis = { uri: doc.uri, version: doc.version, model, findings: served ? findings : [], served, generation: this.generation };
    this.cache.set(doc.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
