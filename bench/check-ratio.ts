// Full check of each corpus report against a bare line split of the same text (bench/lib/ratio.ts).
// npm run bench
import { measureRatios, ratioTable, TARGET_RATIO } from './lib/ratio';

const rows = measureRatios();
console.log(ratioTable(rows));
const worst = Math.max(...rows.map((r) => r.ratio));
console.log(`\nworst ratio: ${worst.toFixed(1)}× (target ${TARGET_RATIO}×; node ${process.version})`);
