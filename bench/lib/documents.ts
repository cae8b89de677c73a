// Inputs for the benches and robustness tests, generated at run time from the shared corpus (never
// stored in the repository).
import { ANNUAL_REPORTS, corpusText } from '../../test/helpers/corpus';

/** A small deterministic PRNG (mulberry32), so that every run measures the same documents. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let reports: string[] | undefined;
/** The corpus annual reports (read once). */
export function annualReports(): readonly string[] {
  return (reports ??= ANNUAL_REPORTS.map((name) => corpusText(name)));
}

/** A corpus report whose table cells (TAB lines holding a bare count) get other counts: a report of another year. */
export function variantReport(seed: number): string {
  const random = rng(seed);
  const all = annualReports();
  const base = all[seed % all.length];
  return base.replace(/^\t(\d{1,6})$/gm, (_m, n: string) => `\t${random() < 0.95 ? n : String(Math.floor(random() * 3 * (Number(n) + 1)))}`);
}

/** A spreadsheet paste: a header and `rows` rows of TAB-separated counts. */
export function pastedTable(rows: number, seed: number): string {
  const random = rng(seed);
  const lines = ['项目\t本年新收\t上年结转\t办结\t予以公开\t部分公开\t不予公开\t其他'];
  for (let i = 0; i < rows; i++) lines.push([`${i + 1}.事项${i + 1}`, ...Array.from({ length: 7 }, () => String(Math.floor(random() * 500)))].join('\t'));
  return lines.join('\n');
}

/** Many reports concatenated, with a long pasted table every few reports, up to about `chars` characters. */
export function bigDocument(chars: number, seed = 1): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = i % 8 === 7 ? pastedTable(400, seed + i) : variantReport(seed + i);
    parts.push(piece);
    length += piece.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}
