// Builds one bench (bench/<name>.ts) with esbuild, as the shipped code is built, and runs it with node.
// Usage: node bench/run.mjs <name> [args...]   (the bundles go to bench/out/, which git ignores)
import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node bench/run.mjs <check-ratio|lsp|cli|all> [args...]');
  process.exit(2);
}
const outfile = path.join(here, 'out', `${name}.js`);
await esbuild.build({
  entryPoints: [path.join(here, `${name}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
