import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { RULES } from '../../../server/src/core/rules';
import { DEFAULT_SETTINGS, settingsWarning, validateSettings } from '../../../server/src/lsp/settings';
import { CORPUS, corpusText } from '../../helpers/corpus';
import { findings } from '../../helpers/lint';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');

describe('settings', () => {
  describe('validateSettings', () => {
    it('accepts the defaults and complete valid settings without a problem', () => {
      for (const raw of [undefined, null, {}]) assert.deepEqual(validateSettings(raw), { settings: DEFAULT_SETTINGS, problems: [], details: [] });
      const ok = validateSettings({ rules: { default: 'hint', 'table-total': 'off' }, format: '2019', detect: 'off', files: ['**/*.txt'], trace: { server: 'verbose' } });
      assert.deepEqual(ok.problems, []);
      assert.deepEqual(ok.settings, { ...DEFAULT_SETTINGS, rules: { default: 'hint', 'table-total': 'off' }, format: '2019', detect: 'off', files: ['**/*.txt'] });
    });

    it('accepts every rule id and every severity', () => {
      for (const r of RULES) {
        for (const sev of ['error', 'warning', 'information', 'hint', 'off']) {
          const v = validateSettings({ rules: { [r.meta.id]: sev } });
          assert.deepEqual(v.problems, [], `${r.meta.id}=${sev}`);
          assert.equal(v.settings.rules[r.meta.id], sev);
        }
      }
    });

    it('falls back to the default for each value of the wrong type and names it', () => {
      const v = validateSettings({ rules: { 'table-total': 'loud', default: 3, 'no-such-rule': 'off', 'table-balance': 'off' }, format: 2021, detect: true, files: 'x.txt' });
      assert.deepEqual(v.settings, { ...DEFAULT_SETTINGS, rules: { 'table-balance': 'off' } });
      assert.deepEqual(v.problems.sort(), ['govReport.detect', 'govReport.files', 'govReport.format', 'govReport.rules.default', 'govReport.rules.no-such-rule', 'govReport.rules.table-total']);
      assert.deepEqual(validateSettings({ rules: ['table-total'] }).problems, ['govReport.rules']);
      assert.deepEqual(validateSettings('on').problems, ['govReport']);
      assert.deepEqual(validateSettings({ files: ['a', 1] }).problems, ['govReport.files']);
      for (const bad of [-1, 2.5, '100', true]) {
        const w = validateSettings({ maxNumberOfProblems: bad });
        assert.deepEqual(w.problems, ['govReport.maxNumberOfProblems'], String(bad));
        assert.equal(w.settings.maxNumberOfProblems, DEFAULT_SETTINGS.maxNumberOfProblems);
      }
      assert.equal(validateSettings({ maxNumberOfProblems: 0 }).settings.maxNumberOfProblems, 0);
    });

    it('says in one message, in either language, which settings were ignored and what they should be', () => {
      const v = validateSettings({ format: '2020', rules: { 'table-total': 'loud' } });
      const zh = settingsWarning(v.details, 'zh-cn');
      const en = settingsWarning(v.details, 'en');
      assert.match(zh, /^政府信息公开年报校对：govReport\.rules\.table-total 的值 "loud" 无效（应为 error \| warning \| information \| hint \| off）；govReport\.format 的值 "2020" 无效（应为 "auto" \| "2019" \| "2021"）。已改用默认值。$/);
      assert.match(en, /^Gov report checker: govReport\.rules\.table-total = "loud" is invalid \(expected error \| warning \| information \| hint \| off\); govReport\.format = "2020" is invalid \(expected "auto" \| "2019" \| "2021"\)\. Using the default instead\.$/);
    });

    it('never throws, whatever the client sends', () => {
      const odd: unknown[] = [0, '', [], [1], { rules: null }, { rules: { a: { b: 1 } } }, { format: {} }, { files: [null] }, Object.create(null), { rules: new Proxy({}, {}) }];
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      odd.push({ rules: { 'table-total': cyclic } });
      for (const raw of odd) assert.doesNotThrow(() => settingsWarning(validateSettings(raw).details, 'en'));
    });
  });

  describe('rule severities', () => {
    it('a rule set to off reports nothing; the others are unaffected', () => {
      const all = findings(EXAMPLE);
      assert.ok(all.some((f) => f.rule === 'table-total'));
      const off = findings(EXAMPLE, { rules: { 'table-total': 'off' } });
      assert.ok(!off.some((f) => f.rule === 'table-total'));
      assert.deepEqual(off, all.filter((f) => f.rule !== 'table-total'));
    });

    it('a severity override changes the severity and nothing else', () => {
      const all = findings(EXAMPLE);
      const hinted = findings(EXAMPLE, { rules: { 'table-total': 'hint' } });
      assert.deepEqual(
        hinted,
        all.map((f) => (f.rule === 'table-total' ? { ...f, severity: 'hint' } : f)),
      );
    });

    it('default applies to every rule not named, including off', () => {
      const all = findings(corpusText(CORPUS.linzi2020));
      assert.ok(new Set(all.map((f) => f.rule)).size > 1);
      const info = findings(corpusText(CORPUS.linzi2020), { rules: { default: 'information' } });
      assert.equal(info.length, all.length);
      assert.ok(info.every((f) => f.severity === 'information'));
      const kept = all[0].rule;
      const only = findings(corpusText(CORPUS.linzi2020), { rules: { default: 'off', [kept]: 'error' } });
      assert.ok(only.length > 0);
      assert.ok(only.every((f) => f.rule === kept && f.severity === 'error'));
      assert.deepEqual(findings(corpusText(CORPUS.linzi2020), { rules: { default: 'off' } }), []);
    });
  });

  describe('format override', () => {
    it('checks a 2021-format report against the 2019 format when the setting says so', () => {
      const text = corpusText(CORPUS.linziOffice2024);
      const auto = findings(text);
      const forced = findings(text, { format: '2019' });
      assert.ok(forced.length > auto.length, 'the 2021 tables do not fit the 2019 format');
      assert.ok(forced.some((f) => f.rule === 'table-shape'));
      assert.deepEqual(findings(text, { format: '2021' }), auto);
    });

    it('checks a 2019-format report against the 2021 format when the setting says so', () => {
      const text = corpusText(CORPUS.sishui2020);
      assert.ok(findings(text, { format: '2021' }).length > findings(text).length);
    });
  });
});
