import { strict as assert } from 'assert';
import { lint } from '../../../server/src/core/lint';
import { HYGIENE_RULES } from '../../../server/src/core/rules/hygiene';
import { report } from './helpers';

// Adversarial lines for every pattern the hygiene rules run over document text. A pattern that
// backtracks takes seconds to minutes on 200,000 characters; a linear one takes milliseconds.
const N = 200_000;
const INPUTS: Record<string, string> = {
  'windows path without separators': 'C:\\' + 'ab '.repeat(N / 3),
  'windows path of many segments': 'C:' + '\\a b'.repeat(N / 4) + ':',
  'unclosed image bracket': '[image: ' + '[x'.repeat(N / 2),
  'field switches': 'TOC' + ' \\o "1-3'.repeat(N / 8),
  'hyperlink without closing quote': 'HYPERLINK "' + 'a'.repeat(N),
  'digits': '1'.repeat(N),
  'digits and spaces': '138 '.repeat(N / 4),
  'document number shapes': '国办发' + '(2019)0'.repeat(N / 7),
  'nested titles': '《' + '<《'.repeat(N / 2),
  'open parentheses': '中(' + '('.repeat(N),
  'spaces between Chinese': '中' + ' \u00a0'.repeat(N / 2) + '文',
  'commas': '中' + ',文'.repeat(N / 2),
  'dates': '2021年0'.repeat(N / 6),
  'posix paths': '/home/' + 'a/'.repeat(N / 2),
  'file url': 'file://' + 'a'.repeat(N),
  'mailboxes': '1234567@'.repeat(N / 8),
};

describe('hygiene patterns run in linear time', function () {
  this.timeout(60000);
  for (const [name, line] of Object.entries(INPUTS)) {
    it(name, () => {
      const text = report(line);
      const t0 = performance.now();
      lint(text, { ruleSet: HYGIENE_RULES });
      const ms = performance.now() - t0;
      assert.ok(ms < 3000, `${name}: ${ms.toFixed(0)} ms for ${text.length} characters`);
    });
  }
});
