// Language-server round trips, a 10 MB paste beside a small document, and memory (bench/lib/lsp.ts).
// npm run bench:lsp   (needs dist/: the script builds first)
import { lspTables } from './lib/report';
import { measureLsp } from './lib/lsp';

void (async () => {
  const quick = process.argv.includes('--quick');
  const figures = await measureLsp(quick ? { edits20k: 40, edits1m: 10, edits10m: 2 } : {});
  console.log(lspTables(figures));
})();
