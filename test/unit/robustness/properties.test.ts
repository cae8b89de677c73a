import { strict as assert } from 'assert';
import fc from 'fast-check';
import { applyEdits, selectFixEdits } from '../../../server/src/core/fix/apply';
import { fixText, lint } from '../../../server/src/core/lint';
import { RULES } from '../../../server/src/core/rules';
import { Finding, TextEdit } from '../../../server/src/core/rules/types';
import { overlaps } from '../../../server/src/core/text/range';
import { ANNUAL_REPORTS, corpusText } from '../../helpers/corpus';
import { corpusReport, fcParams, mutate, mutation, reportishText, strictLint } from './arbitraries';

// Property tests over every rule in RULES (read at run time, so rules added later are covered too).
// Run counts stay modest so that the suite stays fast on two cores; FAST_CHECK_SEED explores further.

function assertSound(text: string, findings: readonly Finding[]): void {
  const ids = new Set(RULES.map((r) => r.meta.id));
  for (const f of findings) {
    assert.ok(ids.has(f.rule), `unknown rule ${f.rule}`);
    assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${f.rule}: range ${f.range.start}-${f.range.end} outside 0-${text.length}`);
    const edits = f.fix?.edits ?? [];
    for (const e of edits) assert.ok(0 <= e.range.start && e.range.start <= e.range.end && e.range.end <= text.length, `${f.rule}: fix edit outside the document`);
    for (let i = 0; i < edits.length; i++)
      for (let j = i + 1; j < edits.length; j++) assert.ok(!overlaps(edits[i].range, edits[j].range), `${f.rule}: overlapping edits in one fix`);
  }
  // The edits fix-all takes in one pass never overlap.
  const taken = selectFixEdits(findings);
  for (let i = 0; i < taken.length; i++) for (let j = i + 1; j < taken.length; j++) assert.ok(!overlaps(taken[i].range, taken[j].range));
}

/** Maps an offset of the fixed text back to the text before the fix (inside an edit: the edit's start). */
function toOld(edits: readonly TextEdit[], p: number): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    const start = e.range.start + delta;
    if (p >= start + e.newText.length) delta += e.newText.length - (e.range.end - e.range.start);
    else if (p > start) return e.range.start;
    else break;
  }
  return p - delta;
}

/**
 * Applying one finding's fix removes that finding (same rule, message and place) and adds no error where
 * its rule reported none: an error of another message at the same place counts as the same problem
 * restated (shares of one sentence are judged together).
 */
function assertSingleFixSound(text: string, findings: readonly Finding[], f: Finding): void {
  const edits = f.fix!.edits;
  const after = strictLint(applyEdits(text, edits)).map((x) => ({ ...x, range: { start: toOld(edits, x.range.start), end: toOld(edits, x.range.end) } }));
  const what = `fix of ${f.rule} "${f.message.en}" at ${f.range.start}`;
  assert.ok(
    !after.some((x) => x.rule === f.rule && x.message.en === f.message.en && x.range.start === f.range.start && x.range.end === f.range.end),
    `${what} did not remove it`,
  );
  for (const x of after) {
    if (x.severity !== 'error') continue;
    const before = findings.some((b) => b.rule === x.rule && b.severity === 'error' && b.range.start <= x.range.end && x.range.start <= b.range.end);
    assert.ok(before, `${what} introduced the error ${x.rule} "${x.message.en}" at ${x.range.start}`);
  }
}

describe('robustness: every rule on arbitrary and damaged input', function () {
  this.timeout(120000);

  it('arbitrary report-like text: no rule throws, ranges and fixes stay inside the document', () => {
    fc.assert(
      fc.property(reportishText, fc.boolean(), (text, assumeReport) => assertSound(text, strictLint(text, { assumeReport }))),
      fcParams(200),
    );
  });

  it('arbitrary Unicode (lone surrogates, NUL, astral characters) with the report forced', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => assertSound(text, strictLint(text, { assumeReport: true }))),
      fcParams(100),
    );
  });

  it('corpus reports with insertions, deletions, duplicated and truncated tables', () => {
    fc.assert(
      fc.property(corpusReport, fc.array(mutation, { minLength: 1, maxLength: 4 }), (report, mutations) => {
        const text = mutate(report, mutations);
        assertSound(text, strictLint(text));
      }),
      fcParams(60),
    );
  });

  it('fix-all reaches a fixpoint on damaged reports', () => {
    fc.assert(
      fc.property(corpusReport, fc.array(mutation, { minLength: 1, maxLength: 3 }), (report, mutations) => {
        const text = mutate(report, mutations);
        const result = fixText(text);
        assert.ok(result.converged, `fix-all did not converge after ${result.passes} passes`);
        assert.equal(selectFixEdits(lint(result.text).findings).length, 0, 'fixes still offered after fix-all');
      }),
      fcParams(20),
    );
  });

  it('each single fix on the corpus reports removes its finding and introduces no new error', () => {
    for (const name of ANNUAL_REPORTS) {
      const text = corpusText(name);
      const findings = strictLint(text);
      for (const f of findings.filter((x) => x.fix)) assertSingleFixSound(text, findings, f);
    }
  });

  it('each single fix on damaged reports removes its finding and introduces no new error', () => {
    fc.assert(
      fc.property(corpusReport, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (report, mutations, pick) => {
        const text = mutate(report, mutations);
        const findings = strictLint(text);
        const fixable = findings.filter((x) => x.fix);
        if (!fixable.length) return;
        assertSingleFixSound(text, findings, fixable[pick % fixable.length]);
      }),
      fcParams(40),
    );
  });
});
