import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { COMMANDS } from '../../../client/src/editor/ids';
import { RULES } from '../../../server/src/core/rules';
import { readJson, ROOT, rulesSchema, ruleNls, SEVERITY_ENUM } from '../../../scripts/gen-settings';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown; markdownDescription?: string; properties?: Record<string, { enum: string[] }> }> };
    walkthroughs: { steps: { media: { markdown?: string; image?: string } }[] }[];
    menus: Record<string, { command: string }[]>;
  };
}

const pkg = readJson('package.json') as unknown as Manifest;
const stale = 'package.json or package.nls*.json is out of date: run `npm run docs` (scripts/gen-settings.ts)';

describe('package.json contributions', () => {
  it('the govReport.rules schema lists every rule id and `default`, each with the five severities', () => {
    const schema = pkg.contributes.configuration.properties['govReport.rules'];
    const listed = Object.keys(schema.properties ?? {});
    assert.deepEqual(listed.sort(), ['default', ...RULES.map((r) => r.meta.id)].sort(), stale);
    for (const id of listed) assert.deepEqual(schema.properties![id].enum, SEVERITY_ENUM, id);
    assert.deepEqual(schema, rulesSchema(), stale);
  });

  it('each rule is described in both nls bundles from its metadata', () => {
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    for (const [k, v] of Object.entries(ruleNls('en'))) assert.equal(en[k], v, stale);
    for (const [k, v] of Object.entries(ruleNls('zh'))) assert.equal(zh[k], v, stale);
  });

  it('the other settings have the values the server accepts, with their defaults', () => {
    const p = pkg.contributes.configuration.properties;
    assert.deepEqual(p['govReport.format'].enum, ['auto', '2019', '2021']);
    assert.equal(p['govReport.format'].default, 'auto');
    assert.deepEqual(p['govReport.detect'].enum, ['auto', 'off']);
    assert.deepEqual(p['govReport.files'].default, []);
    assert.deepEqual(p['govReport.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(p['govReport.maxNumberOfProblems'].default, DEFAULT_SETTINGS.maxNumberOfProblems);
    assert.equal(p['govReport.workspace.maxFiles'].default, DEFAULT_SETTINGS.workspace.maxFiles);
    assert.equal(p['govReport.workspace.maxFileSize'].default, DEFAULT_SETTINGS.workspace.maxFileSize);
    for (const [k, v] of Object.entries(p)) assert.ok(v.markdownDescription, `${k} has a markdownDescription`);
  });

  it('contributes every command the editor code registers, in the 政府信息公开年报 category', () => {
    const contributed = new Map(pkg.contributes.commands.map((c) => [c.command, c]));
    for (const id of Object.values(COMMANDS)) {
      const c = contributed.get(id);
      assert.ok(c, `${id} is not contributed`);
      assert.equal(c.category, '%category%');
      assert.match(c.title, /^%command\..+%$/);
    }
    assert.equal(readJson('package.nls.zh-cn.json').category, '政府信息公开年报');
    for (const items of Object.values(pkg.contributes.menus)) for (const m of items) assert.ok(contributed.has(m.command), m.command);
  });

  it('walkthrough media exist and are packaged, with the l10n bundles and the sample report', () => {
    for (const w of pkg.contributes.walkthroughs) for (const s of w.steps) for (const m of Object.values(s.media)) assert.ok(existsSync(path.join(ROOT, m as string)), m as string);
    const ignore = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const line of ['!media/**', '!l10n/**', '!examples/example-2023-annual-report.txt', '!package.nls*.json']) assert.ok(ignore.includes(line), line);
    assert.ok(existsSync(path.join(ROOT, 'examples/example-2023-annual-report.txt')));
  });
});
