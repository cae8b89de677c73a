import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

// The extension makes no network requests. Two checks:
// 1. the built bundles (dist/*.js) contain no HTTP client, fetch, WebSocket or XMLHttpRequest, and require
//    only the Node modules each one is allowed;
// 2. an esbuild metafile of the same entry points names the module behind every require of a sensitive
//    Node module, and each one is on the allow-list below with the reason it is there.

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');

/** Node modules that can reach another process or machine, or run code. */
const SENSITIVE = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'vm', 'inspector', 'worker_threads'];

/**
 * Who may import which sensitive module, and why. Everything is local: nothing here opens a connection to
 * another machine.
 * - net: vscode-jsonrpc's Node transports (named pipes and sockets between an editor and its language
 *   server). The client starts the server with the stdio transport and the server is started with --stdio,
 *   so these code paths are never taken; they come with the protocol libraries.
 * - child_process: vscode-languageclient starts the language server process (node dist/server.js) and, in
 *   processes.js, ends that process tree when the client stops (taskkill on Windows, a shell kill elsewhere);
 *   vscode-languageserver/lib/node/files.js resolves global node modules through npm (an API this server
 *   never calls); commander runs "executable subcommands" (the CLI defines none).
 * - worker_threads: our own background checker (server) and CLI workers.
 */
const ALLOWED: Record<string, readonly RegExp[]> = {
  net: [/node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/],
  child_process: [/node_modules\/vscode-languageclient\/lib\/node\/(main|processes)\.js$/, /node_modules\/vscode-languageserver\/lib\/node\/files\.js$/, /node_modules\/commander\/lib\/command\.js$/],
  worker_threads: [/^server\/src\/lsp\/large-documents\.ts$/, /^server\/src\/lsp\/lint-worker\.ts$/, /^server\/src\/cli\/workers\.ts$/],
};

/** What each bundle may require, as a consequence of the allow-list. */
const BUNDLE_REQUIRES: Record<string, readonly string[]> = {
  'client.js': ['net', 'child_process'],
  'server.js': ['net', 'child_process', 'worker_threads'],
  'lint-worker.js': ['worker_threads'],
  'cli.js': ['child_process', 'worker_threads'],
};

/** Client-side web APIs that would make a request. */
const WEB_CLIENTS = /\bfetch\s*\(|\bWebSocket\b|\bXMLHttpRequest\b|\bEventSource\b|\bnavigator\.sendBeacon\b/;

function bundles(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run npm run build first');
  return readdirSync(DIST).filter((f) => f.endsWith('.js'));
}

describe('safety: no network client in the bundles', function () {
  this.timeout(60000);

  it('every bundle is known and requires only what it is allowed', () => {
    const found = bundles();
    assert.deepEqual(found.sort(), Object.keys(BUNDLE_REQUIRES).sort(), 'a bundle was added or removed: review its requires and update this test');
    for (const file of found) {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      const required = new Set<string>();
      for (const m of text.matchAll(/require\(\s*["'](?:node:)?([a-z_0-9/]+)["']\s*\)/g)) if (SENSITIVE.includes(m[1])) required.add(m[1]);
      for (const m of text.matchAll(/\bfrom\s*["'](?:node:)?([a-z_0-9/]+)["']/g)) if (SENSITIVE.includes(m[1])) required.add(m[1]);
      assert.deepEqual([...required].filter((r) => !BUNDLE_REQUIRES[file].includes(r)), [], `${file} requires more than it may`);
      assert.doesNotMatch(text, WEB_CLIENTS, `${file} uses a web request API`);
      assert.doesNotMatch(text, /\bimport\s*\(\s*["']https?:/, `${file} imports from a URL`);
    }
  });

  it('every import of a sensitive Node module comes from an allowed module', async () => {
    const entries = [
      { entryPoints: ['client/src/extension.ts'], external: ['vscode'] },
      { entryPoints: ['server/src/server.ts'] },
      { entryPoints: ['server/src/lsp/lint-worker.ts'] },
      { entryPoints: ['server/src/cli.ts'] },
    ];
    const offenders: string[] = [];
    for (const e of entries) {
      const result = await esbuild.build({ ...e, absWorkingDir: ROOT, bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, metafile: true, logLevel: 'silent', outdir: 'out-safety' });
      for (const [input, meta] of Object.entries(result.metafile.inputs)) {
        for (const imp of meta.imports) {
          const name = imp.path.replace(/^node:/, '');
          if (!SENSITIVE.includes(name)) continue;
          if (!(ALLOWED[name] ?? []).some((re) => re.test(input))) offenders.push(`${input} imports ${imp.path} (${e.entryPoints[0]})`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });
});
