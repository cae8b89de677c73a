import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

// The .vsix holds only what the extension needs (the allow-list in .vscodeignore), stays under 1 MB, and
// the manifest activates the extension only when a document of its languages is opened. The package is
// built here from the current dist/ with the same vsce command as `npm run package` (which first makes a
// minified production build, so the real package is smaller still).

const ROOT = path.resolve(__dirname, '../../..');
const MAX_BYTES = 1024 * 1024;

/** What may be in the package, and why. */
const ALLOWED: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/, // vsce: the OPC manifest of the zip
  /^extension\.vsixmanifest$/, // vsce: the marketplace manifest
  /^extension\/package\.json$/, // the extension manifest
  /^extension\/package\.nls(\.[a-z-]+)?\.json$/, // manifest strings, per language
  /^extension\/(readme|README)\.md$/, // the marketplace page (vsce adds it)
  /^extension\/(changelog|CHANGELOG)\.md$/,
  /^extension\/LICENSE(\.txt|\.md)?$/,
  /^extension\/dist\/(client|server|lint-worker|cli)\.js$/, // the bundles; no source maps
  /^extension\/syntaxes\/[^/]+\.json$/, // the TextMate grammar
  /^extension\/language-configuration\.json$/,
  /^extension\/l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/, // client strings, per language
  /^extension\/media\/.+\.(png|svg|md|gif|jpg)$/, // icons and walkthrough pages
  /^extension\/examples\/example-2023-annual-report\.txt$/, // the sample the walkthrough opens
];

/** Central-directory entry names of a zip file. */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

describe('safety: the packaged extension', function () {
  this.timeout(180000);
  let dir: string;
  let vsix: string;

  before(function () {
    for (const b of ['client', 'server', 'lint-worker', 'cli']) if (!existsSync(path.join(ROOT, 'dist', `${b}.js`))) throw new Error('dist/ is incomplete: run npm run build first');
    dir = mkdtempSync(path.join(tmpdir(), 'gov-report-vsix-'));
    vsix = path.join(dir, 'test.vsix');
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--no-rewrite-relative-links', '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `vsce package failed:\n${r.stdout}\n${r.stderr}`);
  });

  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('contains only allowed files (no sources, tests, source maps or node_modules)', () => {
    const names = zipEntries(vsix).filter((n) => !n.endsWith('/'));
    const unexpected = names.filter((n) => !ALLOWED.some((re) => re.test(n)));
    assert.deepEqual(unexpected, [], `files outside the allow-list: ${unexpected.join(', ')}`);
    for (const b of ['client', 'server', 'lint-worker', 'cli']) assert.ok(names.includes(`extension/dist/${b}.js`), `dist/${b}.js is missing from the package`);
  });

  it('is under 1 MB', () => {
    const size = statSync(vsix).size;
    assert.ok(size < MAX_BYTES, `${(size / 1024).toFixed(0)} KB`);
  });

  it('activates only when a document of its languages is opened (or one of its commands runs)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { activationEvents?: string[]; main: string };
    const events = pkg.activationEvents ?? [];
    assert.ok(events.length > 0);
    for (const e of events) assert.match(e, /^(onLanguage|onCommand|onWalkthrough):/, `activation event ${e} would start the extension without a report`);
    assert.equal(pkg.main, './dist/client.js');
  });

  it('declares untrusted workspaces supported: nothing in a workspace is executed', () => {
    // What the extension reads from a workspace (documents, govReport.* settings, report-like files for
    // the cross-year checks) is data: no bundle evaluates code or starts a process with workspace input.
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown } } };
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    for (const b of ['server', 'lint-worker', 'cli', 'client']) {
      const text = readFileSync(path.join(ROOT, 'dist', `${b}.js`), 'utf8');
      assert.doesNotMatch(text, /\beval\s*\(|new Function\s*\(|\bvm\.run/, `${b}.js evaluates code`);
    }
  });
});
