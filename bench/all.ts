// Every figure of issue 9 in one run, as one Markdown table followed by the details.
// npm run bench:all
import { measureCli } from './lib/cli';
import { measureLsp } from './lib/lsp';
import { measureRatios, ratioTable } from './lib/ratio';
import { cliTable, lspTables, summaryTable } from './lib/report';

void (async () => {
  const ratio = measureRatios();
  const lsp = await measureLsp();
  const cli = measureCli(2000);
  console.log(summaryTable(ratio, lsp, cli));
  console.log(`\nnode ${process.version}, ${require('os').cpus().length} cores, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log(ratioTable(ratio));
  console.log('');
  console.log(lspTables(lsp));
  console.log('');
  console.log(cliTable(cli));
})();
