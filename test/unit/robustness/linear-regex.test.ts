import { strict as assert } from 'assert';
import { performance } from 'perf_hooks';
import { parseReport } from '../../../server/src/core/model/build';
import { RULES } from '../../../server/src/core/rules';
import { runRules } from '../../../server/src/core/rules/engine';
import { labelKey } from '../../../server/src/core/text/normalize';
import { readCell } from '../../../server/src/core/text/numbers';

// Every regular expression that runs on document text must be linear on adversarial input. Each rule
// (read from RULES at run time) checks 100 KB pathological strings: long runs that make a backtracking
// pattern retry at every position. The bound is relative to a baseline measured here on the same text
// (a plain loop over every character and one scan with a linear pattern, none of it our code, so that
// making the checker faster does not tighten the bound), so the test means the same on a slow or busy
// machine: a linear rule stays within a generous multiple, a quadratic one is 1,000× past it.

const SIZE = 100_000;

function repeat(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Inputs that defeat backtracking patterns: long runs of what the patterns repeat, with no way to finish. */
const PATHOLOGICAL: Record<string, string> = {
  'digits': repeat('1'),
  'digits and commas': repeat('1,'),
  'digits and dots': repeat('1.'),
  'full-width digits': repeat('１'),
  'Chinese numerals': repeat('一二三四五六七八九十'),
  'CJK text without punctuation': repeat('政府信息公开工作'),
  'spaces': repeat(' '),
  'ideographic spaces and NBSP': repeat('\u3000\u00a0'),
  'tabs': repeat('\t'),
  'pipes': repeat('|'),
  'open brackets': repeat('（'),
  'half-width brackets': repeat('(一'),
  'unclosed bookmark': '[bookmark:' + repeat('x', SIZE - 10),
  'year-like': repeat('2020年'),
  'percent-like': repeat('12.3'),
  'path-like': 'C:\\' + repeat('a\\', SIZE - 3),
  'quotes': repeat('“'),
  'doc number brackets': repeat('〔2021'),
  'title marks': repeat('《'),
  'heading markers': repeat('一、'),
  'many short lines': repeat('一、\n'),
  'table cell lines': repeat('\t1\n'),
  'blank lines': repeat('\n'),
  'CRs': repeat('\r'),
  'id-number-like': repeat('3703031990'),
  'phone-like': repeat('0533-'),
  'dates': repeat('二〇二一年一月'),
};

function best(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

let sink = 0;

/** Linear work on the same text: what "proportional to the length" costs on this machine right now. */
function baseline(text: string): number {
  return best(() => {
    for (let i = 0; i < text.length; i++) sink += text.charCodeAt(i);
    sink += text.match(/[\d\u4e00-\u9fff]+/g)?.length ?? 0;
  }, 5);
}

// A linear rule may make many passes (each rule reads lines, cells and sentences); a quadratic one on
// 100 KB does 10^10 steps. Floors keep timer resolution out of it.
const RULE_FACTOR = 400;
const PARSE_FACTOR = 800;
const FLOOR_MS = 50;

describe('robustness: regular expressions are linear on 100 KB pathological input', function () {
  this.timeout(300000);

  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`${name}: the parse and every rule stay within a multiple of a linear scan`, () => {
      const base = baseline(text);
      const ruleBound = Math.max(FLOOR_MS, RULE_FACTOR * base);
      const parseBound = Math.max(FLOOR_MS, PARSE_FACTOR * base);
      // Measured once; anything over its bound is measured again on a fresh model (a busy machine can stall once).
      const measure = () => {
        const t0 = performance.now();
        const model = parseReport(text, { assumeReport: true });
        const parse = performance.now() - t0;
        const rules = new Map<string, number>();
        // Caches shared by rules are built by whichever rule needs them first, and counted there.
        for (const rule of RULES) {
          const t1 = performance.now();
          runRules(model, [rule], { onRuleError: (id, e) => assert.fail(`${id} threw on ${name}: ${String(e)}`) });
          rules.set(rule.meta.id, performance.now() - t1);
        }
        return { parse, rules };
      };
      let m = measure();
      if (m.parse > parseBound || [...m.rules.values()].some((t) => t > ruleBound)) {
        const again = measure();
        m = { parse: Math.min(m.parse, again.parse), rules: new Map([...m.rules].map(([id, t]) => [id, Math.min(t, again.rules.get(id) ?? t)])) };
      }
      const slow = [...m.rules].filter(([, t]) => t > ruleBound).map(([id, t]) => `${id} ${t.toFixed(1)} ms`);
      if (m.parse > parseBound) slow.unshift(`parse ${m.parse.toFixed(1)} ms`);
      assert.deepEqual(slow, [], `baseline ${base.toFixed(2)} ms; bounds ${ruleBound.toFixed(0)} ms per rule, ${parseBound.toFixed(0)} ms for the parse`);
    });
  }

  it('cell reading and label keys are linear too', () => {
    for (const [name, text] of Object.entries(PATHOLOGICAL)) {
      const base = baseline(text);
      const t = best(() => {
        readCell(text);
        labelKey(text);
      }, 3);
      assert.ok(t <= Math.max(FLOOR_MS, RULE_FACTOR * base), `${name}: ${t.toFixed(1)} ms against a baseline of ${base.toFixed(2)} ms`);
    }
  });
});
