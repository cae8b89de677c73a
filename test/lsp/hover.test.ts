import { strict as assert } from 'assert';
import { existsSync } from 'fs';
import { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { CORPUS, corpusText } from '../helpers/corpus';
import { LspTestClient, SERVER } from './client';

/** Line/character of the first occurrence of `needle` (plus `skip` characters) in a text. */
function positionOf(text: string, needle: string, skip = 0) {
  const at = text.indexOf(needle) + skip;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('hover over stdio', function () {
  this.timeout(30000);
  let client: LspTestClient;

  before(function () {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
  });
  afterEach(async () => client.stop());

  async function hoverIn(locale: string, needle: string, skip = 0): Promise<{ hover: Hover | null; text: string }> {
    client = new LspTestClient();
    await client.start(locale);
    const uri = `file:///work/hover-${locale}.txt`;
    const text = corpusText(CORPUS.linziOffice2024);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, skip) });
    return { hover, text };
  }

  it('explains a share with its computation, over the number', async () => {
    const { hover, text } = await hoverIn('zh-cn', '42.85%', 2);
    assert.ok(hover, 'no hover');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /6 ÷ 14 = 42.857% → 42.86%/);
    assert.match(contents.value, /应为 \*\*42.86%\*\*/);
    const lines = text.split('\n');
    const r = hover.range!;
    assert.equal(lines[r.start.line].slice(r.start.character, r.end.character), '42.85');
  });

  it('speaks the language the server picked for its messages', async () => {
    const { hover } = await hoverIn('en', '无法提供3件', 4);
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /table 3, unavailable \(subtotal\) = \*\*3\+0\+0 = 3\*\*/);
    assert.doesNotMatch(value, /表三/);
  });

  it('returns null away from a tied number', async () => {
    const { hover } = await hoverIn('zh-cn', '594条');
    assert.equal(hover, null);
  });
});
