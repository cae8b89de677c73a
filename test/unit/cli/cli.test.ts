import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Log } from 'sarif';
import { CORPUS, CORPUS_DIR } from '../../helpers/corpus';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const EXAMPLE = path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt');

function run(args: string[], cwd = process.cwd()) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'gov-report-cli-'));
}

describe('gov-report-lint command line', function () {
  this.timeout(30000);

  it('exits 1 with stylish findings on the example report, in English by default here', () => {
    const r = run([EXAMPLE]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /should be 33 \(30\+2\+0\+0\+1\+0\), found 34\s+table-total/);
    assert.match(r.stdout, /✖ \d+ problems/);
  });

  it('speaks Chinese with --lang zh-cn', () => {
    const r = run(['--lang', 'zh-cn', EXAMPLE]);
    assert.match(r.stdout, /「本年新收」行「总计」列 应为 33（30\+2\+0\+0\+1\+0），实为 34/);
  });

  it('exits 0 when no error is found (warnings only)', () => {
    const r = run(['--rule', 'default=warning', EXAMPLE]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('exits 2 with a one-line reason for usage and input problems', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const notes = path.join(dir, 'notes');
    require('fs').mkdirSync(notes);
    writeFileSync(path.join(notes, 'a.txt'), '今天开会。\n');
    const cases: [string[], RegExp][] = [
      [['missing.txt'], /missing\.txt: no such file or directory/],
      [[path.join(dir, 'bin.txt')], /binary file/],
      [[path.join(dir, 'latin1.txt')], /not valid UTF-8/],
      [[path.join(dir, 'empty.txt')], /file is empty/],
      [[notes], /no annual report or work plan found/],
      [['--format', 'xml', EXAMPLE], /argument 'xml' is invalid/],
      [['--rule', 'no-such-rule=off', EXAMPLE], /unknown rule/],
      [[], /missing required argument/],
    ];
    for (const [args, reason] of cases) {
      const r = run(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, reason);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
  });

  it('checks the corpus directory: errors exit 1, the work plan is a report too', () => {
    const r = run(['--format', 'json', CORPUS_DIR]);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { file: string; kind: string; findings: { rule: string; line: number; column: number }[] }[];
    assert.equal(out.length, 5);
    const sishui = out.find((f) => f.file.endsWith(CORPUS.sishui2020))!;
    assert.ok(sishui.findings.some((f) => f.rule === 'missing-table' && f.line > 1 && f.column >= 1));
    assert.equal(out.find((f) => f.file.endsWith(CORPUS.workPlan))!.kind, 'work-plan');
  });

  it('expands globs', () => {
    const r = run(['--format', 'json', path.join(CORPUS_DIR, 'linzi-*.txt')]);
    const out = JSON.parse(r.stdout) as { file: string }[];
    assert.equal(out.length, 3);
  });

  it('writes SARIF 2.1.0 with rule metadata and line/column locations', () => {
    const r = run(['--format', 'sarif', EXAMPLE], path.resolve(__dirname, '../../..'));
    const log = JSON.parse(r.stdout) as Log;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema!, /sarif-2\.1\.0/);
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'gov-report-lint');
    const rules = run0.tool.driver.rules!;
    assert.ok(rules.some((x) => x.id === 'table-total' && x.shortDescription?.text && x.defaultConfiguration?.level === 'error'));
    assert.ok(run0.results!.length > 0);
    for (const res of run0.results!) {
      assert.ok(rules[res.ruleIndex!].id === res.ruleId, 'ruleIndex points at its rule');
      assert.ok(['error', 'warning', 'note'].includes(res.level!));
      assert.ok(res.message.text);
      const loc = res.locations![0].physicalLocation!;
      assert.equal(loc.artifactLocation!.uri, 'examples/example-2023-annual-report.txt');
      assert.equal(loc.artifactLocation!.uriBaseId, 'SRCROOT');
      assert.ok(loc.region!.startLine! >= 1 && loc.region!.startColumn! >= 1);
      assert.ok(loc.region!.endLine! >= loc.region!.startLine!);
    }
    assert.match(run0.originalUriBaseIds!.SRCROOT.uri!, /^file:\/\/.*\/$/);
  });

  it('carries related locations into JSON and SARIF: the table-total finding points at the cells it adds', () => {
    const root = path.resolve(__dirname, '../../..');
    const text = readFileSync(EXAMPLE, 'utf8').split(/\r?\n/);
    const at = (n: number) => text[n - 1];
    const json = JSON.parse(run(['--format', 'json', EXAMPLE], root).stdout) as { findings: { rule: string; related?: { file?: string; line: number; column: number; endColumn: number; message: string }[] }[] }[];
    const total = json[0].findings.find((f) => f.rule === 'table-total' && f.related?.length);
    assert.ok(total, 'a table-total finding with related cells');
    for (const r of total.related!) {
      assert.equal(r.file, undefined, 'the same file');
      assert.match(r.message, /: \d+$/);
      const value = r.message.split(': ').pop()!;
      assert.equal(at(r.line).slice(r.column - 1, r.endColumn - 1), value, 'the range holds the cell value the message names');
    }
    const log = JSON.parse(run(['--format', 'sarif', EXAMPLE], root).stdout) as Log;
    const result = log.runs[0].results!.find((x) => x.ruleId === 'table-total' && x.relatedLocations?.length)!;
    assert.deepEqual(
      result.relatedLocations!.map((l) => [l.message!.text, l.physicalLocation!.artifactLocation!.uri, l.physicalLocation!.region!.startLine]),
      total.related!.map((r) => [r.message, 'examples/example-2023-annual-report.txt', r.line]),
    );
    assert.deepEqual(result.relatedLocations!.map((l) => l.id), total.related!.map((_, i) => i));
  });

  it('--fix rewrites a file atomically and leaves files without fixable findings untouched', () => {
    const dir = scratch();
    const target = path.join(dir, 'report.txt');
    const clean = path.join(dir, 'clean.txt');
    copyFileSync(EXAMPLE, target);
    copyFileSync(path.join(CORPUS_DIR, CORPUS.zibo2021), clean);
    const before = statSync(clean).mtimeMs;
    const original = readFileSync(target, 'utf8');
    const r = run(['--fix', '--rule', 'default=off', '--rule', 'table-total=error', '--rule', 'table-balance=error', target, clean]);
    const fixed = readFileSync(target, 'utf8');
    assert.notEqual(fixed, original);
    assert.equal(fixed.replace('\t33\n', '\t34\n'), original);
    assert.equal(statSync(clean).mtimeMs, before);
    assert.deepEqual(readdirSync(dir).sort(), ['clean.txt', 'report.txt']);
    // Fixing the 本年新收 total (34 → 33) also restores the 总计 column's balance (33+3 = 34+2).
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /table-balance|table-total/);
  });
});
