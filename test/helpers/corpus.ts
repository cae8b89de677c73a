import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

/** The shared corpus lives beside the repository (../shared/corpus); tests read it from there, never copy it. */
export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');

export const CORPUS = {
  workPlan: 'linzi-2021-work-plan.txt',
  linzi2020: 'linzi-district-2020-annual-report.txt',
  linziOffice2024: 'linzi-office-2024-annual-report.txt',
  sishui2020: 'sishui-county-2020-annual-report.txt',
  zibo2021: 'zibo-hitech-2021-annual-report.txt',
} as const;

export const ANNUAL_REPORTS = [CORPUS.linzi2020, CORPUS.linziOffice2024, CORPUS.sishui2020, CORPUS.zibo2021];

export function corpusText(name: string): string {
  const file = path.join(CORPUS_DIR, name);
  if (!existsSync(file)) throw new Error(`corpus file missing: ${file} (the tests expect ../shared/corpus beside the repository)`);
  return readFileSync(file, 'utf8');
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort();
}
