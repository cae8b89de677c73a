// Writes docs/rules/<id>.md and docs/rules/README.md from the rules' metadata.
// `npm run docs` regenerates them; test/unit/docs.test.ts fails when they are out of date.
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core/rules';
import { Rule } from '../server/src/core/rules/types';

export const DOCS_DIR = path.resolve(__dirname, '../docs/rules');

const SEVERITY_ZH = { error: '错误', warning: '警告', information: '提示', hint: '提示' } as const;

export function ruleDoc(rule: Rule): string {
  const m = rule.meta;
  const kinds = (m.appliesTo ?? ['annual-report']).join(', ');
  return [
    `# \`${m.id}\``,
    '',
    m.description.zh,
    '',
    m.description.en,
    '',
    '| | |',
    '|---|---|',
    `| default severity 默认级别 | ${m.defaultSeverity} (${SEVERITY_ZH[m.defaultSeverity]}) |`,
    `| quick fix 快速修复 | ${m.fixable ? 'yes 有（仅在正确文本确定时提供）' : 'no 无'} |`,
    `| documents 适用文档 | ${kinds} |`,
    ...(m.implements?.length ? [`| domain rules 对应规则 | ${m.implements.join(', ')} |`] : []),
    '',
    'Configure 配置: `"govReport.rules": { "' + m.id + '": "error" | "warning" | "information" | "hint" | "off" }`;',
    `command line 命令行: \`gov-report-lint --rule ${m.id}=off …\``,
    '',
  ].join('\n');
}

export function indexDoc(rules: readonly Rule[]): string {
  return [
    '# Rules 规则',
    '',
    'Generated from the rules\' metadata by `npm run docs`; do not edit by hand.',
    '',
    '| id | severity | fix | description |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.defaultSeverity} | ${r.meta.fixable ? '✓' : ''} | ${r.meta.description.zh} |`),
    '',
  ].join('\n');
}

export function expectedDocs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of RULES) files.set(`${r.meta.id}.md`, ruleDoc(r));
  files.set('README.md', indexDoc(RULES));
  return files;
}

if (require.main === module) {
  mkdirSync(DOCS_DIR, { recursive: true });
  const files = expectedDocs();
  for (const f of readdirSync(DOCS_DIR)) if (!files.has(f)) unlinkSync(path.join(DOCS_DIR, f));
  for (const [name, text] of files) writeFileSync(path.join(DOCS_DIR, name), text);
  console.log(`wrote ${files.size} files to ${path.relative(process.cwd(), DOCS_DIR)}`);
}
