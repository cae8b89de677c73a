import { strict as assert } from 'assert';
import { existsSync } from 'fs';
import { CodeAction, Diagnostic, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { fixText } from '../../server/src/core/lint';
import { CORPUS, corpusText } from '../helpers/corpus';
import { applyLspEdits, LspTestClient, SERVER } from './client';

type VersionedChange = { textDocument: { uri: string; version: number }; edits: TextEdit[] };


const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } };

describe('fix-all and "disable this rule" over LSP', function () {
  this.timeout(30000);
  let client: LspTestClient;

  before(function () {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  });
  beforeEach(() => {
    client = new LspTestClient();
  });
  afterEach(async () => client.stop());

  const fixAll = (uri: string, only: string[] | undefined) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: [], only } });

  it('declares source.fixAll.gov-report and answers it with minimal edits for the current version', async () => {
    const init = await client.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, locale: 'zh-cn' });
    await client.connection.sendNotification('initialized', {});
    const provider = init.capabilities.codeActionProvider as { codeActionKinds: string[] };
    assert.ok(provider.codeActionKinds.includes('source.fixAll.gov-report'), JSON.stringify(provider));
    assert.ok(provider.codeActionKinds.includes('quickfix'));

    const uri = 'file:///c/linzi-2020.txt';
    const text = corpusText(CORPUS.linzi2020);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'word-artifact'));

    for (const only of [['source.fixAll'], ['source.fixAll.gov-report'], ['source']]) {
      const actions = await fixAll(uri, only);
      assert.equal(actions.length, 1, `${JSON.stringify(only)}: ${JSON.stringify(actions.map((a) => a.title))}`);
      const [action] = actions;
      assert.equal(action.kind, 'source.fixAll.gov-report');
      assert.match(action.title, /^修复所有可确定的问题（\d+ 处）$/);
      const [change] = action.edit!.documentChanges as VersionedChange[];
      assert.equal(change.textDocument.version, 1);
      // Small edits, one per place, not a whole-document replacement.
      assert.ok(change.edits.length > 3, String(change.edits.length));
      for (const e of change.edits) assert.ok(e.range.end.line - e.range.start.line <= 1 && e.newText.length <= 10, JSON.stringify(e));
      assert.equal(applyLspEdits(text, change.edits), fixText(text).text);
    }
    // The light bulb (no `only`) and quick-fix requests do not pay for fix-all.
    assert.deepEqual((await fixAll(uri, undefined)).filter((a) => a.kind === 'source.fixAll.gov-report'), []);
    assert.deepEqual(await fixAll(uri, ['quickfix']).then((a) => a.filter((x) => x.kind !== 'quickfix')), []);
  });

  it('ties the edits to the version asked about, and offers nothing once everything is fixed', async () => {
    await client.start('zh-cn');
    const uri = 'file:///c/zibo.txt';
    const text = corpusText(CORPUS.zibo2021);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const [first] = await fixAll(uri, ['source.fixAll']);
    const firstChange = (first.edit!.documentChanges as VersionedChange[])[0];
    assert.equal(firstChange.textDocument.version, 1);

    // The user types something first: the answer is computed for version 2, not reused from 1.
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '作用,推进\n' }]);
    const [second] = await fixAll(uri, ['source.fixAll']);
    const secondChange = (second.edit!.documentChanges as VersionedChange[])[0];
    assert.equal(secondChange.textDocument.version, 2);
    assert.equal(secondChange.edits.length, firstChange.edits.length + 1);

    const fixed = applyLspEdits('作用,推进\n' + text, secondChange.edits);
    await client.change(uri, 3, [{ text: fixed }]);
    await client.waitForDiagnostics(uri, (p) => p.version === 3);
    assert.deepEqual(await fixAll(uri, ['source.fixAll']), []);
  });

  it('leaves the findings of rules turned off in the settings', async () => {
    client.configuration = { rules: { punctuation: 'off' } };
    await client.start('zh-cn');
    const uri = 'file:///c/linzi-off.txt';
    const text = corpusText(CORPUS.linzi2020);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'word-artifact'));
    const [action] = await fixAll(uri, ['source.fixAll']);
    const fixed = applyLspEdits(text, (action.edit!.documentChanges as VersionedChange[])[0].edits);
    assert.equal(fixed, fixText(text, { rules: { punctuation: 'off' } }).text);
    assert.ok(fixed.includes('作用,推进'));
    assert.ok(!fixed.includes('[bookmark: _GoBack]'));
  });

  for (const [locale, title] of [
    ['zh-cn', '停用此规则（word-artifact）'],
    ['en', 'Disable this rule (word-artifact)'],
  ]) {
    it(`offers "disable this rule" on every finding, running govReport.disableRule (${locale})`, async () => {
      await client.start(locale);
      const uri = `file:///c/disable-${locale}.txt`;
      await client.open(uri, corpusText(CORPUS.sishui2020));
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'word-artifact'));
      const artifact = diagnostics.find((d) => d.code === 'word-artifact') as Diagnostic;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: artifact.range, context: { diagnostics: [artifact] } });
      const disable = actions.find((a) => a.title === title);
      assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(disable.kind, 'quickfix');
      assert.deepEqual(disable.command, { title, command: 'govReport.disableRule', arguments: ['word-artifact'] });
      assert.deepEqual(disable.diagnostics, [artifact]);
      // The rule's own fix stays first and preferred.
      assert.equal(actions[0].isPreferred, true);
      assert.notEqual(actions[0].title, title);
      // Every finding gets one, fixable or not.
      const missing = diagnostics.find((d) => d.code === 'missing-table') as Diagnostic;
      const other = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing.range, context: { diagnostics: [missing] } });
      assert.ok(other.some((a) => a.command?.arguments?.[0] === 'missing-table'), JSON.stringify(other.map((a) => a.title)));
    });
  }
});
