import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../../server/src/lsp/analysis';
import { DEFAULT_SETTINGS } from '../../../server/src/lsp/settings';

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/example-2023-annual-report.txt'), 'utf8');

describe('the analysis cache: one parse per version, the old model let go first', () => {
  function setUp() {
    const events: string[] = [];
    // `forced` is asked while a version is parsed: it marks when a parse starts.
    const analyzer = new Analyzer(DEFAULT_SETTINGS, () => undefined, (doc) => (events.push(`parse v${doc.version}`), true));
    analyzer.setOthersProvider(
      (doc) => (events.push(`provide v${doc.version}`), { key: '', others: {} }),
      (uri) => events.push(`release ${uri}`),
    );
    return { analyzer, events };
  }

  it('parses a version once, however often it is asked for', () => {
    const { analyzer } = setUp();
    const doc = TextDocument.create('file:///a.txt', 'gov-report', 1, EXAMPLE);
    const first = analyzer.get(doc);
    assert.equal(analyzer.get(doc), first);
    assert.equal(analyzer.get(doc).model, first.model);
  });

  it('tells the provider to release the old version before the new one is parsed', () => {
    const { analyzer, events } = setUp();
    const v1 = TextDocument.create('file:///a.txt', 'gov-report', 1, EXAMPLE);
    const old = analyzer.get(v1);
    const v2 = TextDocument.update(v1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }], 2);
    events.length = 0;
    const now = analyzer.get(v2);
    assert.notEqual(now.model, old.model);
    assert.equal(events[0], 'release file:///a.txt');
    assert.ok(events.indexOf('parse v2') > 0, events.join(', '));
    assert.equal(analyzer.get(v2), now);
  });

  it('a settings change re-parses the same version, releasing it first', () => {
    const { analyzer, events } = setUp();
    const doc = TextDocument.create('file:///a.txt', 'gov-report', 1, EXAMPLE);
    const before = analyzer.get(doc);
    analyzer.updateSettings({ ...DEFAULT_SETTINGS, format: '2019' });
    events.length = 0;
    const after = analyzer.get(doc);
    assert.equal(events[0], 'release file:///a.txt');
    assert.equal(after.model.format.template.id, '2019');
    assert.notEqual(after.model, before.model);
  });
});
