// Compiles the e2e suite (index.ts and suite/*.ts) into test/e2e/out for the extension host.
// Shared by both runners: scripts/e2e/run-code-server.mjs (offline) and test/e2e/run-electron.ts.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const E2E = __dirname;
const OUT = path.join(E2E, 'out');

async function compileSuite() {
  const entryPoints = [path.join(E2E, 'index.ts')];
  for (const f of fs.readdirSync(path.join(E2E, 'suite'))) {
    if (f.endsWith('.ts')) entryPoints.push(path.join(E2E, 'suite', f));
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: OUT,
    outbase: E2E,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

module.exports = { compileSuite, OUT };
