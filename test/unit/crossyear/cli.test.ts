import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { report } from './fixtures';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

interface JsonResult {
  file: string;
  findings: { rule: string; message: string; line: number }[];
}

function crossYear(cwd: string, args: string[]): Record<string, string[]> {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--lang', 'zh-cn', '--rule', 'default=off', '--rule', 'cross-year=warning', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out: Record<string, string[]> = {};
  for (const f of JSON.parse(r.stdout) as JsonResult[]) out[path.relative(cwd, f.file).split(path.sep).join('/')] = f.findings.filter((x) => x.rule === 'cross-year').map((x) => x.message);
  return out;
}

describe('gov-report-lint reports/: each report against its predecessor among the files given', function () {
  this.timeout(30000);

  it('compares 2024 with 2023 of the same agency only, and not with a file left out or deleted', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gov-report-cli-xyear-'));
    mkdirSync(path.join(dir, 'reports'));
    const write = (name: string, text: string) => writeFileSync(path.join(dir, 'reports', name), text);
    write('2023.txt', report({ year: 2023, agency: '测试区人民政府', carriedForward: [1, 0, 0, 0, 0, 0], normativeDocuments: [0, 0, 5] }));
    write('2024.txt', report({ year: 2024, agency: '测试区人民政府', carriedOver: [2, 0, 0, 0, 0, 0], normativeDocuments: [1, 0, 6] }));
    write('office-2024.txt', report({ year: 2024, agency: '测试区人民政府办公室', carriedOver: [2, 0, 0, 0, 0, 0] }));

    assert.deepEqual(crossYear(dir, ['reports/']), {
      'reports/2023.txt': [],
      'reports/2024.txt': [
        '「上年结转」行「自然人」列为 2，而上年报告（reports/2023.txt）「结转下年度继续办理」为 1（X-1）',
        '「上年结转」行「总计」列为 2，而上年报告（reports/2023.txt）「结转下年度继续办理」为 1（X-1）',
      ],
      'reports/office-2024.txt': [],
    });
    assert.deepEqual(crossYear(dir, ['reports/2024.txt']), { 'reports/2024.txt': [] });

    unlinkSync(path.join(dir, 'reports', '2023.txt'));
    assert.deepEqual(crossYear(dir, ['reports/']), { 'reports/2024.txt': [], 'reports/office-2024.txt': [] });
  });
});
