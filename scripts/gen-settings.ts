// Writes the `govReport.rules` settings schema in package.json and the rule descriptions in
// package.nls.json / package.nls.zh-cn.json from the rules' metadata. `npm run docs` runs it;
// test/unit/editor/manifest.test.ts fails when they are out of date.
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../server/src/core/rules';

export const ROOT = path.resolve(__dirname, '..');
export const SEVERITY_ENUM = ['error', 'warning', 'information', 'hint', 'off'];
const RULE_KEY = (id: string) => `config.rules.${id}`;

/** The schema of `govReport.rules`: `default` plus one property per rule, each a severity. */
export function rulesSchema(): Record<string, unknown> {
  const severity = (description: string) => ({
    type: 'string',
    enum: SEVERITY_ENUM,
    markdownDescription: description,
    enumDescriptions: SEVERITY_ENUM.map((s) => `%config.severity.${s}%`),
  });
  const properties: Record<string, unknown> = { default: severity('%config.rules.default%') };
  for (const r of RULES) properties[r.meta.id] = severity(`%${RULE_KEY(r.meta.id)}%`);
  return {
    type: 'object',
    default: {},
    markdownDescription: '%config.rules%',
    properties,
    additionalProperties: false,
    scope: 'resource',
    order: 0,
  };
}

/** The rule descriptions in one language, keyed as package.json refers to them. */
export function ruleNls(lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of RULES) {
    const sev = r.meta.defaultSeverity;
    out[RULE_KEY(r.meta.id)] = lang === 'zh' ? `${r.meta.description.zh}（默认：\`${sev}\`）` : `${r.meta.description.en} (default: \`${sev}\`)`;
  }
  return out;
}

export function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
}

/** Replaces the generated rule keys of an nls file, keeping every other key in place. */
export function withRuleNls(nls: Record<string, string>, lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(nls)) if (!k.startsWith('config.rules.') || k === 'config.rules.default') out[k] = v;
  return { ...out, ...ruleNls(lang) };
}

if (require.main === module) {
  const pkg = readJson('package.json') as { contributes: { configuration: { properties: Record<string, unknown> } } };
  pkg.contributes.configuration.properties['govReport.rules'] = rulesSchema();
  writeFileSync(path.join(ROOT, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  for (const [file, lang] of [
    ['package.nls.json', 'en'],
    ['package.nls.zh-cn.json', 'zh'],
  ] as const) {
    const nls = withRuleNls(readJson(file) as Record<string, string>, lang);
    writeFileSync(path.join(ROOT, file), JSON.stringify(nls, null, 2) + '\n');
  }
  console.log(`wrote the settings schema for ${RULES.length} rules`);
}
