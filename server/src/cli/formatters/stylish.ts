import * as path from 'path';
import { Lang, localize } from '../../core/i18n';
import { countBySeverity, FileResult } from '../results';

const useColor = () => !!process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number, s: string) => (useColor() ? `\u001b[${code}m${s}\u001b[0m` : s);

const LABEL = {
  'zh-cn': { error: '错误', warning: '警告', information: '提示', hint: '提示', problems: '个问题', errors: '个错误', warnings: '个警告', skipped: '跳过', fixed: '已修复' },
  en: { error: 'error', warning: 'warning', information: 'info', hint: 'hint', problems: 'problems', errors: 'errors', warnings: 'warnings', skipped: 'skipped', fixed: 'fixed' },
};

/** ESLint-style output: one block per file, "line:col  severity  message  rule". */
export function stylish(results: readonly FileResult[], lang: Lang, cwd = process.cwd()): string {
  const t = LABEL[lang];
  const out: string[] = [];
  for (const r of results) {
    const name = path.relative(cwd, r.file) || r.file;
    if (r.skipped) {
      out.push(paint(2, `${name}: ${t.skipped} — ${r.skipped}`));
      continue;
    }
    if (r.fixed) out.push(paint(32, `${name}: ${t.fixed} ${r.fixed}`));
    if (!r.findings.length || !r.model) continue;
    out.push(paint(4, name));
    for (const f of r.findings) {
      const p = r.model.lines.positionAt(f.range.start);
      const sev = f.severity === 'error' ? paint(31, t.error) : f.severity === 'warning' ? paint(33, t.warning) : paint(36, t[f.severity]);
      out.push(`  ${`${p.line + 1}:${p.character + 1}`.padEnd(8)} ${sev}  ${localize(f.message, lang)}  ${paint(2, f.rule)}`);
    }
    out.push('');
  }
  const { errors, warnings, infos } = countBySeverity(results);
  const total = errors + warnings + infos;
  if (total) {
    const line = lang === 'en' ? `✖ ${total} problems (${errors} errors, ${warnings} warnings, ${infos} infos)` : `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
    out.push(paint(errors ? 31 : 33, line));
  }
  return out.join('\n');
}
