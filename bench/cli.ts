// CLI throughput over 2,000 generated reports, against markdownlint-cli2 on the same files (bench/lib/cli.ts).
// npm run bench:cli [-- --files N]
import { measureCli } from './lib/cli';
import { cliTable } from './lib/report';

const i = process.argv.indexOf('--files');
const figures = measureCli(i > 0 ? Number(process.argv[i + 1]) : 2000);
console.log(cliTable(figures));
