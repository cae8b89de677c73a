import { RuleSettings } from '../core/rules/engine';
import { SeveritySetting } from '../core/rules/types';
import { FormatId } from '../core/templates';

export interface Settings {
  readonly rules: RuleSettings;
  readonly format: 'auto' | FormatId;
  readonly detect: 'auto' | 'off';
  /** globs of files always treated as reports */
  readonly files: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = { rules: {}, format: 'auto', detect: 'auto', files: [] };

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Validates the `govReport` section. Anything of the wrong type falls back to its default and is named
 * in `problems`, so the client can show one clear notification; the server never stops over settings.
 */
export function validateSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && typeof raw !== 'object') problems.push('govReport');

  const rules: Record<string, SeveritySetting> = {};
  if (obj.rules !== undefined) {
    if (obj.rules && typeof obj.rules === 'object' && !Array.isArray(obj.rules)) {
      for (const [id, sev] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (typeof sev === 'string' && (SEVERITIES as string[]).includes(sev)) rules[id] = sev as SeveritySetting;
        else problems.push(`govReport.rules.${id}`);
      }
    } else problems.push('govReport.rules');
  }
  let format: Settings['format'] = 'auto';
  if (obj.format !== undefined) {
    if (obj.format === 'auto' || obj.format === '2019' || obj.format === '2021') format = obj.format;
    else problems.push('govReport.format');
  }
  let detect: Settings['detect'] = 'auto';
  if (obj.detect !== undefined) {
    if (obj.detect === 'auto' || obj.detect === 'off') detect = obj.detect;
    else problems.push('govReport.detect');
  }
  let files: string[] = [];
  if (obj.files !== undefined) {
    if (Array.isArray(obj.files) && obj.files.every((f) => typeof f === 'string')) files = obj.files as string[];
    else problems.push('govReport.files');
  }
  return { settings: { rules, format, detect, files }, problems };
}
