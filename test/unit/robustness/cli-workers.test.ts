import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { variantReport } from '../../../bench/lib/documents';

// The CLI spreads many files over worker threads; the output and exit code must be exactly those of the
// sequential run (findings, order, cross-year choices, and the first input problem in file order).

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI worker threads', function () {
  this.timeout(120000);
  let dir: string;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    dir = mkdtempSync(path.join(tmpdir(), 'gov-report-workers-'));
    for (let i = 0; i < 24; i++) writeFileSync(path.join(dir, `r${String(i).padStart(2, '0')}.txt`), variantReport(i));
    writeFileSync(path.join(dir, 'notes.txt'), '今天开会。\n');
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const format of ['json', 'sarif', 'stylish']) {
    it(`gives the sequential run's ${format} output and exit code`, () => {
      const one = run(['-j', '1', '--format', format, '.'], dir);
      const two = run(['-j', '2', '--format', format, '.'], dir);
      assert.equal(two.code, one.code, two.stderr);
      assert.equal(two.stdout, one.stdout);
      assert.ok(one.stdout.length > 1000);
    });
  }

  it('reports the first input problem in file order, as the sequential run does', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'gov-report-workers-bad-'));
    try {
      for (let i = 0; i < 20; i++) writeFileSync(path.join(bad, `r${String(i).padStart(2, '0')}.txt`), variantReport(i));
      writeFileSync(path.join(bad, 'r05.txt'), Buffer.from([0x00, 0x01]));
      writeFileSync(path.join(bad, 'r12.txt'), '');
      const one = run(['-j', '1', '.'], bad);
      const two = run(['-j', '2', '.'], bad);
      assert.equal(one.code, 2);
      assert.equal(two.code, 2);
      assert.equal(two.stderr, one.stderr);
      assert.match(two.stderr, /r05\.txt: binary file/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('rejects a --jobs value that is not a whole number from 1 to 64', () => {
    for (const j of ['0', 'two', '1.5', '65']) {
      const r = run(['-j', j, '.'], dir);
      assert.equal(r.code, 2, j);
    }
  });
});
