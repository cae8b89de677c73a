import { strict as assert } from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { report } from '../unit/crossyear/fixtures';
import { LspTestClient, SERVER } from './client';

const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

const crossYear = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'cross-year').map((d) => ({ ...d, message: String(d.message) }));
const has = (n: number) => (p: PublishDiagnosticsParams) => crossYear(p).length === n;

function textAt(file: string, d: Diagnostic['relatedInformation'] extends (infer R)[] | undefined ? R : never): string {
  const { start, end } = d.location.range;
  return readFileSync(file, 'utf8').split('\n')[start.line].slice(start.character, end.character);
}

const prevText = (forward: number) => report({ year: 2023, agency: '测试区人民政府', carriedForward: [forward, 0, 0, 0, 0, 0] });
const CUR = report({ year: 2024, agency: '测试区人民政府', carriedOver: [2, 0, 0, 0, 0, 0] });

describe('language server: cross-year checks across files', function () {
  this.timeout(30000);
  let client: LspTestClient;
  let dir: string;
  let prev: string;
  let cur: string;
  const uri = (f: string) => pathToFileURL(f).href;

  before(function () {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  });

  async function start(configuration: unknown = {}, folder = dir): Promise<void> {
    client = new LspTestClient();
    client.configuration = configuration;
    await client.start('zh-cn', { workspace: { configuration: true }, window: { workDoneProgress: true } }, { workspaceFolders: [{ uri: uri(folder), name: 'reports' }] });
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gov-report-xyear-'));
    prev = path.join(dir, '2023年报.txt');
    cur = path.join(dir, '2024年报.txt');
    writeFileSync(prev, prevText(1));
    writeFileSync(cur, CUR);
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds last year’s report on disk, points at its cell, and follows changes, deletion and creation of that file', async () => {
    await start();
    await client.open(uri(cur), CUR);
    const first = await client.waitForDiagnostics(uri(cur), has(2));
    const [d] = crossYear(first);
    assert.equal(d.message, '「上年结转」行「自然人」列为 2，而上年报告（2023年报.txt）「结转下年度继续办理」为 1（X-1）');
    assert.equal(d.severity, 2);
    const rel = d.relatedInformation![0];
    assert.equal(rel.location.uri, uri(prev));
    assert.notDeepEqual(rel.location.range.start, { line: 0, character: 0 });
    assert.equal(textAt(prev, rel), '1');

    // Last year's file is corrected on disk: this year's findings go, without touching this document.
    writeFileSync(prev, prevText(2));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(prev), type: CHANGED }] });
    await client.waitForDiagnostics(uri(cur), has(0));

    writeFileSync(prev, prevText(3));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(prev), type: CHANGED }] });
    const again = await client.waitForDiagnostics(uri(cur), has(2));
    assert.match(crossYear(again)[0].message, /为 3（X-1）$/);

    // Deleted: its findings disappear. Created again: they come back.
    unlinkSync(prev);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(prev), type: DELETED }] });
    await client.waitForDiagnostics(uri(cur), has(0));
    writeFileSync(prev, prevText(5));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(prev), type: CREATED }] });
    assert.match(crossYear(await client.waitForDiagnostics(uri(cur), has(2)))[0].message, /为 5（X-1）$/);
  });

  it('follows workspace folders added and removed after start', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'gov-report-xyear-other-'));
    try {
      unlinkSync(prev);
      const moved = path.join(other, '2023年报.txt');
      writeFileSync(moved, prevText(1));
      client = new LspTestClient();
      await client.start('zh-cn', { workspace: { configuration: true, workspaceFolders: true } }, { workspaceFolders: [{ uri: uri(dir), name: 'reports' }] });
      await client.open(uri(cur), CUR);
      assert.equal(crossYear(await client.waitForDiagnostics(uri(cur), (p) => p.version === 1)).length, 0, 'last year’s report is not in the workspace yet');

      const folder = { uri: uri(other), name: 'last year' };
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
      const found = await client.waitForDiagnostics(uri(cur), has(2));
      assert.equal(crossYear(found)[0].relatedInformation![0].location.uri, uri(moved));

      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
      await client.waitForDiagnostics(uri(cur), has(0));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('prefers an open document to the file on disk, follows its edits, and goes back to the disk when it closes', async () => {
    await start();
    await client.open(uri(cur), CUR);
    await client.waitForDiagnostics(uri(cur), has(2));
    await client.open(uri(prev), prevText(2));
    await client.waitForDiagnostics(uri(cur), has(0));
    await client.change(uri(prev), 2, [{ text: prevText(4) }]);
    const says = (n: number) => (p: PublishDiagnosticsParams) => has(2)(p) && crossYear(p)[0].message.endsWith(`为 ${n}（X-1）`);
    await client.waitForDiagnostics(uri(cur), says(4));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri(prev) } });
    await client.waitForDiagnostics(uri(cur), says(1));
  });

  it('says so when two files could be last year’s report; the setting picks one; the size limit leaves one out', async () => {
    const copy = path.join(dir, 'drafts', '2023年报-修改稿.txt');
    mkdirSync(path.dirname(copy));
    // The copy is larger than the original: a size limit between the two keeps only the original.
    writeFileSync(copy, prevText(3) + '\n附：修改说明。'.repeat(2000));
    await start();
    await client.open(uri(cur), CUR);
    const amb = crossYear(await client.waitForDiagnostics(uri(cur), has(1)))[0];
    assert.equal(amb.severity, 3);
    assert.equal(
      amb.message,
      '有多份文件像是本机关上年的年报（2023年报.txt、drafts/2023年报-修改稿.txt），无法确定用哪一份，未作跨年度核对；可在设置 govReport.previousReport 中指定',
    );
    assert.deepEqual(amb.relatedInformation!.map((r) => r.location.uri).sort(), [uri(prev), uri(copy)].sort());
    await client.stop();

    await start({ previousReport: 'drafts/2023年报-修改稿.txt' });
    await client.open(uri(cur), CUR);
    const named = crossYear(await client.waitForDiagnostics(uri(cur), has(2)));
    assert.equal(named[0].message, '「上年结转」行「自然人」列为 2，而上年报告（drafts/2023年报-修改稿.txt）「结转下年度继续办理」为 3（X-1）');
    assert.equal(textAt(copy, named[0].relatedInformation![0]), '3');
    await client.stop();

    const limit = Math.ceil((statSync(prev).size + statSync(copy).size) / 2);
    await start({ workspace: { maxFileSize: limit } });
    await client.open(uri(cur), CUR);
    assert.match(crossYear(await client.waitForDiagnostics(uri(cur), has(2)))[0].message, /上年报告（2023年报\.txt）「结转下年度继续办理」为 1/);
  });

  it('reads a large folder off the typing path and reports progress', async () => {
    for (let i = 0; i < 60; i++) writeFileSync(path.join(dir, `note-${i}.md`), `# 笔记 ${i}\n\n今天开会。\n`);
    await start();
    await client.open(uri(cur), CUR);
    await client.waitForDiagnostics(uri(cur), has(2));
    const kinds = client.progress.map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.match(client.progress[0].value.title ?? '', /查找上年报告/);
  });
});
