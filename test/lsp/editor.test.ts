import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { CodeLens, Diagnostic, ShowMessageParams, TextEdit } from 'vscode-languageserver-protocol';
import type { ConvertTablesResult, SkeletonResult, StatusResult, SummaryResult } from '../../server/src/lsp/protocol';
import { CORPUS, corpusText } from '../helpers/corpus';
import { applyLspEdits, LspTestClient, SERVER } from './client';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../examples/example-2023-annual-report.txt'), 'utf8');


const summaryOf = (d: Diagnostic[]) => d.map((x) => `${x.code} ${x.severity} ${x.message}`).sort();

/** A client with settings and the notifications it was shown. */
async function started(configuration: unknown = {}, locale = 'zh-cn'): Promise<{ client: LspTestClient; messages: ShowMessageParams[] }> {
  const client = new LspTestClient();
  const messages: ShowMessageParams[] = [];
  client.connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
    messages.push(p);
  });
  client.connection.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
    messages.push(p);
    return null;
  });
  client.configuration = configuration;
  await client.start(locale);
  return { client, messages };
}

describe('language server: editor features', function () {
  this.timeout(30000);
  const clients: LspTestClient[] = [];
  const start = async (configuration: unknown = {}, locale = 'zh-cn') => {
    const s = await started(configuration, locale);
    clients.push(s.client);
    return s;
  };

  before(function () {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.stop()));
  });

  describe('code lens', () => {
    it('puts a lens above 表三 and 表四; a failing one reveals the cell, a holding one opens the summary', async () => {
      const { client } = await start();
      const uri = 'file:///w/example.txt';
      await client.open(uri, EXAMPLE);
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepEqual(lenses.map((l) => l.command!.title), ['勾稽关系 2 处不成立', '勾稽关系 3/3 成立']);
      const lines = EXAMPLE.split('\n');
      assert.equal(lines[lenses[0].range.start.line], '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
      assert.equal(lenses[0].command!.command, 'govReport.revealRange');
      const [target, range] = lenses[0].command!.arguments as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
      assert.equal(target, uri);
      assert.equal(lines[range.start.line].slice(range.start.character, range.end.character), '34');
      assert.deepEqual(lenses[1].command!.command, 'govReport.showSummary');
      assert.deepEqual(lenses[1].command!.arguments, [uri]);

      // Type the right total: every identity of 表三 holds.
      await client.change(uri, 2, [{ range, text: '33' }, { range: { start: { line: 331, character: 1 }, end: { line: 331, character: 3 } }, text: '33' }]);
      await client.waitForDiagnostics(uri, (p) => p.version === 2);
      const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.equal(after[1].command!.title, '勾稽关系 3/3 成立');
    });

    it('asks the client to refresh lenses and folding when the settings change, if it can', async () => {
      const refreshes = (client: LspTestClient) => {
        const seen: string[] = [];
        client.connection.onRequest('workspace/codeLens/refresh', () => void seen.push('codeLens'));
        client.connection.onRequest('workspace/foldingRange/refresh', () => void seen.push('foldingRange'));
        return seen;
      };
      const uri = 'file:///w/refresh.txt';
      const able = new LspTestClient();
      const unable = new LspTestClient();
      clients.push(able, unable);
      const seenByAble = refreshes(able);
      const seenByUnable = refreshes(unable);
      await able.start('zh-cn', { workspace: { configuration: true, codeLens: { refreshSupport: true }, foldingRange: { refreshSupport: true } } });
      await unable.start('zh-cn');
      for (const client of [able, unable]) {
        await client.open(uri, corpusText(CORPUS.linziOffice2024));
        await client.waitForDiagnostics(uri);
      }
      const lensesBefore = await able.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      seenByAble.length = 0;
      for (const client of [able, unable]) {
        // A plain-text document is served only while detection is on.
        client.configuration = { detect: 'off' };
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
      }
      const deadline = Date.now() + 5000;
      while (seenByAble.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual([...seenByAble].sort(), ['codeLens', 'foldingRange']);
      assert.deepEqual(seenByUnable, [], 'no refresh request to a client that did not declare support');
      assert.equal(lensesBefore.length, 2);
      assert.deepEqual(await able.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), [], 'what the refreshed lenses are');
    });

    it('counts on each corpus report, in English when the client is English', async () => {
      const { client } = await start({}, 'en');
      const expected: Record<string, string[]> = {
        [CORPUS.linzi2020]: ['Identities: 3/3 hold', 'Identities: 3/3 hold'],
        [CORPUS.linziOffice2024]: ['Identities: 3/3 hold', 'Identities: 3/3 hold'],
        [CORPUS.sishui2020]: ['Identities: 3/3 hold', 'Identities: 0/3 hold, 3 not checkable'],
        [CORPUS.zibo2021]: ['Identities: 3/3 hold', 'Identities: 3/3 hold'],
        [CORPUS.workPlan]: [],
      };
      for (const [file, titles] of Object.entries(expected)) {
        const uri = `file:///c/${file}`;
        await client.open(uri, corpusText(file));
        await client.waitForDiagnostics(uri);
        const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        assert.deepEqual(lenses.map((l) => l.command!.title), titles, file);
      }
    });
  });

  describe('status and summary requests', () => {
    it('report the format, year and findings of a report, and nothing for other text', async () => {
      const { client } = await start();
      const uri = 'file:///w/status.txt';
      await client.open(uri, EXAMPLE);
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      const status = await client.request<StatusResult>('govReport/status', { uri });
      const count = (sev: number) => diagnostics.filter((d) => d.severity === sev).length;
      assert.deepEqual(status, {
        served: true,
        version: 1,
        kind: 'annual-report',
        format: '2021',
        formatName: '2021年版格式（国办公开办函〔2021〕30号）',
        formatSource: '据表格内容判断',
        year: 2023,
        findings: { error: count(1), warning: count(2), information: count(3), hint: count(4) },
      });
      await client.open('file:///w/notes.md', '# 会议记录\n\n今天讨论了预算。\n', 'markdown');
      await client.waitForDiagnostics('file:///w/notes.md');
      assert.deepEqual(await client.request('govReport/status', { uri: 'file:///w/notes.md' }), { served: false });
      assert.deepEqual(await client.request('govReport/status', { uri: 'file:///never-opened.txt' }), { served: false });
      assert.deepEqual(await client.request('govReport/summary', { uri: 'file:///w/notes.md' }), { served: false });
    });

    it('gives the summary of the current version, updated after an edit', async () => {
      const { client } = await start();
      const uri = 'file:///w/summary.txt';
      await client.open(uri, EXAMPLE);
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      const s = await client.request<SummaryResult>('govReport/summary', { uri });
      assert.ok(s.served);
      assert.equal(s.version, 1);
      assert.deepEqual(s.identities.filter((i) => i.holds === false).map((i) => i.id), ['T3-1', 'T3-3']);
      const f = s.identities[0].failures[0];
      assert.equal(EXAMPLE.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character), '34');
      await client.change(uri, 2, [{ range: f.range, text: '33' }]);
      const s2 = await client.request<SummaryResult>('govReport/summary', { uri });
      assert.ok(s2.served);
      assert.equal(s2.version, 2);
      assert.ok(!s2.identities.some((i) => i.id === 'T3-3' && i.holds === false));
    });
  });

  describe('commands', () => {
    it('converts the tables to Markdown and back with the same findings', async () => {
      const { client } = await start();
      const uri = 'file:///w/convert.txt';
      const original = corpusText(CORPUS.linziOffice2024);
      await client.open(uri, original);
      const before = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      const md = await client.request<ConvertTablesResult>('govReport/convertTables', { uri, layout: 'markdown' });
      assert.equal(md.version, 1);
      assert.equal(md.tables, 3);
      assert.equal(md.edits.length, 3);
      const markdown = applyLspEdits(original, md.edits);
      assert.match(markdown, /\| 规章 \| 0 \| 0 \| 0 \|/);
      await client.change(uri, 2, [{ text: markdown }]);
      const there = await client.waitForDiagnostics(uri, (p) => p.version === 2);
      assert.deepEqual(summaryOf(there.diagnostics), summaryOf(before.diagnostics));
      assert.deepEqual((await client.request<ConvertTablesResult>('govReport/convertTables', { uri, layout: 'markdown' })).edits, []);

      const word = await client.request<ConvertTablesResult>('govReport/convertTables', { uri, layout: 'word' });
      await client.change(uri, 3, [{ text: applyLspEdits(markdown, word.edits) }]);
      const back = await client.waitForDiagnostics(uri, (p) => p.version === 3);
      assert.deepEqual(summaryOf(back.diagnostics), summaryOf(before.diagnostics));
      await assert.rejects(client.request('govReport/convertTables', { uri: 'file:///not-open.txt', layout: 'markdown' }));
    });

    it('writes new-report skeletons that check clean in both formats and both layouts', async () => {
      const { client } = await start();
      for (const format of ['2019', '2021'] as const) {
        for (const layout of ['word', 'markdown'] as const) {
          const { text } = await client.request<SkeletonResult>('govReport/skeleton', { format, layout });
          const uri = `untitled:Untitled-${format}-${layout}`;
          await client.open(uri, text, 'gov-report');
          const p = await client.waitForDiagnostics(uri);
          assert.deepEqual(p.diagnostics.map((d) => `${d.code} ${d.message}`), [], `${format} ${layout}`);
          const status = await client.request<StatusResult>('govReport/status', { uri });
          assert.equal(status.format, format);
        }
      }
    });
  });

  describe('settings', () => {
    it('a format setting overrides detection, and the status says so', async () => {
      const { client } = await start({ format: '2019' });
      const uri = 'file:///w/format.txt';
      await client.open(uri, corpusText(CORPUS.linziOffice2024));
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.ok(p.diagnostics.some((d) => d.code === 'table-shape'));
      const status = await client.request<StatusResult>('govReport/status', { uri });
      assert.equal(status.format, '2019');
      assert.equal(status.formatSource, '由设置指定');
    });

    it('`default` sets every rule not named, `off` included', async () => {
      const { client } = await start({ rules: { default: 'hint' } });
      await client.open('file:///w/hint.txt', EXAMPLE);
      const p = await client.waitForDiagnostics('file:///w/hint.txt', (x) => x.diagnostics.length > 0);
      assert.ok(p.diagnostics.every((d) => d.severity === 4));
      client.configuration = { rules: { default: 'off', 'table-total': 'warning' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const q = await client.waitForDiagnostics('file:///w/hint.txt', (x) => x.diagnostics.every((d) => d.code === 'table-total'));
      assert.ok(q.diagnostics.length > 0);
      assert.ok(q.diagnostics.every((d) => d.severity === 2));
    });

    it('publishes at most govReport.maxNumberOfProblems diagnostics, errors first, and says how many more there are', async () => {
      const { client } = await start({ maxNumberOfProblems: 2 });
      const uri = 'file:///w/limit.txt';
      await client.open(uri, EXAMPLE);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0);
      assert.equal(p.diagnostics.length, 3);
      assert.deepEqual(p.diagnostics.slice(0, 2).map((d) => d.severity), [1, 1]);
      assert.match(String(p.diagnostics[2].message), /^另有 \d+ 处问题未显示/);
      client.configuration = { maxNumberOfProblems: 0 };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const all = await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 3);
      assert.ok(all.diagnostics.every((d) => !/未显示/.test(String(d.message))));
    });

    it('invalid settings give one clear warning, fall back to the defaults and never stop the server', async () => {
      const { client, messages } = await start({ format: 2021, rules: { 'table-total': 'loud', 'no-such-rule': 'off' }, files: 'x' });
      const uri = 'file:///w/invalid.txt';
      await client.open(uri, EXAMPLE);
      const p = await client.waitForDiagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'table-total'));
      assert.equal(p.diagnostics.find((d) => d.code === 'table-total')!.severity, 1, 'the default severity');
      assert.equal(messages.length, 1);
      assert.equal(messages[0].type, 2);
      assert.match(messages[0].message, /^政府信息公开年报校对：/);
      for (const key of ['govReport.rules.table-total', 'govReport.rules.no-such-rule', 'govReport.format', 'govReport.files']) assert.ok(messages[0].message.includes(key), key);

      // The same invalid settings again: no second notification. Then valid ones take effect.
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.request('govReport/status', { uri });
      client.configuration = { rules: { 'table-total': 'off' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await client.waitForDiagnostics(uri, (x) => x.diagnostics.length > 0 && !x.diagnostics.some((d) => d.code === 'table-total'));
      assert.equal(messages.length, 1);
      assert.ok(client.alive);
    });

    it('the warning is in English for an English client', async () => {
      const { client, messages } = await start({ detect: 'sometimes' }, 'en');
      await client.open('file:///w/en.txt', EXAMPLE);
      await client.waitForDiagnostics('file:///w/en.txt', (x) => x.diagnostics.length > 0);
      assert.deepEqual(messages.map((m) => m.message), ['Gov report checker: govReport.detect = "sometimes" is invalid (expected "auto" | "off"). Using the default instead.']);
    });
  });
});
