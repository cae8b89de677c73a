import { Lang, localize, Localized, msg } from '../core/i18n';
import { RULES } from '../core/rules';
import { RuleSettings } from '../core/rules/engine';
import { SeveritySetting } from '../core/rules/types';
import { FormatId } from '../core/templates';

export interface Settings {
  readonly rules: RuleSettings;
  readonly format: 'auto' | FormatId;
  readonly detect: 'auto' | 'off';
  /** globs of files always treated as reports */
  readonly files: readonly string[];
  /** last year's report, named explicitly (a path, absolute or relative to the workspace folder, or a URI); '' = find it */
  readonly previousReport: string;
  /** bounds of the workspace scan for previous reports */
  readonly workspace: { readonly maxFiles: number; readonly maxFileSize: number };
  /** diagnostics published per document, the most severe first (0 = all) */
  readonly maxNumberOfProblems: number;
}

export const DEFAULT_WORKSPACE_LIMITS: Settings['workspace'] = { maxFiles: 2000, maxFileSize: 2 * 1024 * 1024 };

/** VS Code shows at most 1000 markers per file. */
export const DEFAULT_MAX_PROBLEMS = 1000;

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  format: 'auto',
  detect: 'auto',
  files: [],
  previousReport: '',
  workspace: DEFAULT_WORKSPACE_LIMITS,
  maxNumberOfProblems: DEFAULT_MAX_PROBLEMS,
};

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** One setting that was ignored, with what it should have been. */
export interface SettingProblem {
  /** the full setting name: govReport.format, govReport.rules.table-total */
  readonly key: string;
  /** the value as found, shortened for a message */
  readonly value: string;
  readonly expected: Localized;
}

export interface ValidatedSettings {
  readonly settings: Settings;
  /** the names of the ignored settings */
  readonly problems: string[];
  readonly details: SettingProblem[];
}

const SEVERITY_LIST = SEVERITIES.join(' | ');

function shown(value: unknown): string {
  let s: string;
  try {
    s = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/**
 * Validates the `govReport` section. Anything of the wrong type falls back to its default and is named
 * in `problems`, so the server can show one clear notification; the server never stops over settings.
 * Unknown rule ids are reported too (a typo would otherwise silently do nothing).
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const details: SettingProblem[] = [];
  const bad = (key: string, value: unknown, expected: Localized) => details.push({ key, value: shown(value), expected });
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) bad('govReport', raw, msg('一个对象', 'an object'));

  const known = new Set(['default', ...RULES.map((r) => r.meta.id)]);
  const rules: Record<string, SeveritySetting> = {};
  if (obj.rules !== undefined && obj.rules !== null) {
    if (typeof obj.rules === 'object' && !Array.isArray(obj.rules)) {
      for (const [id, sev] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!known.has(id)) bad(`govReport.rules.${id}`, sev, msg('已有的规则编号（见规则文档）', 'the id of an existing rule (see the rule docs)'));
        else if (typeof sev === 'string' && (SEVERITIES as string[]).includes(sev)) rules[id] = sev as SeveritySetting;
        else bad(`govReport.rules.${id}`, sev, msg(SEVERITY_LIST, SEVERITY_LIST));
      }
    } else bad('govReport.rules', obj.rules, msg('形如 { "default": "warning", "table-total": "off" } 的对象', 'an object such as { "default": "warning", "table-total": "off" }'));
  }
  let format: Settings['format'] = 'auto';
  if (obj.format !== undefined && obj.format !== null) {
    if (obj.format === 'auto' || obj.format === '2019' || obj.format === '2021') format = obj.format;
    else bad('govReport.format', obj.format, msg('"auto" | "2019" | "2021"', '"auto" | "2019" | "2021"'));
  }
  let detect: Settings['detect'] = 'auto';
  if (obj.detect !== undefined && obj.detect !== null) {
    if (obj.detect === 'auto' || obj.detect === 'off') detect = obj.detect;
    else bad('govReport.detect', obj.detect, msg('"auto" | "off"', '"auto" | "off"'));
  }
  let files: string[] = [];
  if (obj.files !== undefined && obj.files !== null) {
    if (Array.isArray(obj.files) && obj.files.every((f) => typeof f === 'string')) files = obj.files as string[];
    else bad('govReport.files', obj.files, msg('文件名模式的数组，如 ["**/*年报*.txt"]', 'an array of glob patterns, such as ["**/*report*.txt"]'));
  }
  let previousReport = '';
  if (obj.previousReport !== undefined && obj.previousReport !== null) {
    if (typeof obj.previousReport === 'string') previousReport = obj.previousReport.trim();
    else bad('govReport.previousReport', obj.previousReport, msg('文件路径字符串', 'a file path'));
  }
  const ws = obj.workspace && typeof obj.workspace === 'object' ? (obj.workspace as Record<string, unknown>) : {};
  const count = (key: string, v: unknown, fallback: number) => {
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    bad(key, v, msg('非负整数', 'a non-negative integer'));
    return fallback;
  };
  const limit = (key: 'maxFiles' | 'maxFileSize') => count(`govReport.workspace.${key}`, ws[key], DEFAULT_WORKSPACE_LIMITS[key]);
  const workspace = { maxFiles: limit('maxFiles'), maxFileSize: limit('maxFileSize') };
  const maxNumberOfProblems = count('govReport.maxNumberOfProblems', obj.maxNumberOfProblems, DEFAULT_MAX_PROBLEMS);
  return { settings: { rules, format, detect, files, previousReport, workspace, maxNumberOfProblems }, problems: details.map((d) => d.key), details };
}

/** The one notification for ignored settings: each setting, its value, what it should be. */
export function settingsWarning(details: readonly SettingProblem[], lang: Lang): string {
  const items = details.map((d) =>
    localize(msg(`${d.key} 的值 ${d.value} 无效（应为 ${d.expected.zh}）`, `${d.key} = ${d.value} is invalid (expected ${d.expected.en})`), lang),
  );
  return localize(
    msg(`政府信息公开年报校对：${items.join('；')}。已改用默认值。`, `Gov report checker: ${items.join('; ')}. Using the default instead.`),
    lang,
  );
}
