import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { reportSkeleton } from '../../../server/src/core/features/skeleton';
import { Localized } from '../../../server/src/core/i18n';
import { lint } from '../../../server/src/core/lint';
import { RULES } from '../../../server/src/core/rules';
import { ANNUAL_REPORTS, corpusFiles, corpusText } from '../../helpers/corpus';
import { inLayout } from '../../helpers/lint';

const ROOT = path.resolve(__dirname, '../../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
const CJK = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every string the client passes to vscode.l10n.t (directly or through a `t` helper). */
function clientMessages(): Set<string> {
  const out = new Set<string>();
  for (const f of filesUnder(path.join(ROOT, 'client/src')).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\'/g, "'"));
  }
  return out;
}

/** Both texts present; each in its language, unless the text is language-neutral ("63 ÷ 116 → 54.3%") and the same in both. */
function assertBothLanguages(m: Localized, what: string): void {
  assert.ok(m.zh.trim() && m.en.trim(), `${what}: empty message ${JSON.stringify(m)}`);
  const neutral = m.zh === m.en && !CJK.test(m.zh) && !/[A-Za-z]{2,}/.test(m.zh);
  if (neutral) return;
  assert.match(m.zh, CJK, `${what}: the Chinese text has no Chinese: ${m.zh}`);
  assert.match(m.en, LATIN, `${what}: the English text has no English: ${m.en}`);
}

describe('Chinese and English', () => {
  describe('package.nls (command titles, settings, walkthrough)', () => {
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));

    it('both bundles have the same keys, none empty', () => {
      assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
      for (const [k, v] of Object.entries(en)) assert.ok(v.trim() && zh[k].trim(), k);
    });

    it('every %placeholder% of package.json is in both bundles, and every key is used', () => {
      assert.ok(used.size > 20);
      for (const k of used) assert.ok(k in en && k in zh, `%${k}% is missing from a bundle`);
      for (const k of Object.keys(en)) assert.ok(used.has(k), `${k} is not used in package.json`);
    });

    it('the Chinese bundle is Chinese', () => {
      for (const [k, v] of Object.entries(zh)) assert.match(v, CJK, k);
    });
  });

  describe('client l10n bundles', () => {
    const en = json('l10n/bundle.l10n.json');
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    const messages = clientMessages();

    it('package.json points VS Code at the bundles', () => {
      assert.equal(json('package.json').l10n, './l10n');
    });

    it('both bundles have the same keys, with the same {n} placeholders', () => {
      assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
      for (const k of Object.keys(en)) {
        assert.equal(en[k], k, 'the English bundle maps each message to itself');
        assert.deepEqual(placeholders(zh[k]), placeholders(k), k);
        assert.match(zh[k], CJK, k);
      }
    });

    it('every message of the client is in the bundles, and every bundle entry is used', () => {
      assert.ok(messages.size > 10, 'the scan found the client messages');
      for (const m of messages) assert.ok(m in zh, `missing from bundle.l10n.zh-cn.json: ${JSON.stringify(m)}`);
      for (const k of Object.keys(zh)) assert.ok(messages.has(k), `not used by the client: ${JSON.stringify(k)}`);
    });
  });

  describe('server and core messages', () => {
    it('every rule describes itself in both languages', () => {
      for (const r of RULES) assertBothLanguages(r.meta.description, r.meta.id);
    });

    it('every finding, related note and fix title on the corpus comes in both languages', () => {
      const seen = new Set<string>();
      const texts = [
        ...corpusFiles().map((f) => corpusText(f)),
        ...ANNUAL_REPORTS.map((f) => inLayout(corpusText(f), 'markdown')),
        readFileSync(path.join(ROOT, 'examples/example-2023-annual-report.txt'), 'utf8'),
        reportSkeleton({ format: '2021', layout: 'word' }).replace(/\t0\n/, '\t1\n'),
      ];
      for (const text of texts) {
        for (const format of [undefined, '2019', '2021'] as const) {
          for (const f of lint(text, { format, assumeReport: true }).findings) {
            seen.add(f.rule);
            assertBothLanguages(f.message, f.rule);
            for (const r of f.related ?? []) assertBothLanguages(r.message, `${f.rule} related`);
            if (f.fix) assertBothLanguages(f.fix.title, `${f.rule} fix`);
          }
        }
      }
      assert.ok(seen.size >= 5, `only ${[...seen].join(', ')} reported anything`);
    });
  });
});
