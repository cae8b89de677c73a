import { FORMAT_2019 } from './format-2019';
import { FORMAT_2021 } from './format-2021';
import { FormatId, FormatTemplate } from './types';

export * from './types';
export { PARTS } from './parts';

export const FORMATS: readonly FormatTemplate[] = [FORMAT_2019, FORMAT_2021];

export function formatById(id: FormatId): FormatTemplate {
  return id === '2019' ? FORMAT_2019 : FORMAT_2021;
}

/** The format a report of this year must use (domain §1). */
export function formatForYear(year: number): FormatId {
  return year <= 2020 ? '2019' : '2021';
}
