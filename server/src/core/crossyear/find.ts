import { DocumentKind, ReportModel } from '../model/types';
import { AgencyMatch, compareAgencies } from './agency';
import { PreviousReport } from './previous';
import { mapped } from '../arrays';

/** What choosing a previous report needs to know of a document: cheap to keep for every file. */
export interface ReportFacts {
  readonly kind: DocumentKind;
  readonly year: number | undefined;
  readonly agency: string | undefined;
}

export function reportFacts(model: ReportModel): ReportFacts {
  return { kind: model.kind, year: model.year, agency: model.agency };
}

export interface Candidate {
  readonly uri: string;
  readonly label: string;
  readonly facts: ReportFacts;
  /** the parsed report; called only for the one that is chosen */
  model(): ReportModel | undefined;
}

export interface CurrentReport {
  readonly uri: string;
  readonly facts: ReportFacts;
}

/** The file a setting names (`govReport.previousReport`, resolved to a uri by the adapter). */
export interface ExplicitPrevious {
  readonly uri: string;
  readonly label: string;
}

function found(c: Candidate, source: 'setting' | 'search'): PreviousReport | undefined {
  const model = c.model();
  return model ? { status: 'found', uri: c.uri, label: c.label, model, source } : undefined;
}

/**
 * The same agency's report for the year before, among the candidates (domain §4.4). The explicit
 * setting wins when it names an earlier report; two equally good candidates are ambiguous and none is
 * used. `undefined` means there is nothing to compare with.
 */
export function findPreviousReport(current: CurrentReport, candidates: readonly Candidate[], explicit?: ExplicitPrevious): PreviousReport | undefined {
  if (current.facts.kind !== 'annual-report') return undefined;
  const year = current.facts.year;
  const others = dedupe(candidates.filter((c) => c.uri !== current.uri));

  if (explicit && explicit.uri !== current.uri) {
    const named = others.find((c) => c.uri === explicit.uri);
    const unusable = (reason: 'missing' | 'not-report' | 'not-previous-year', y?: number): PreviousReport => ({
      status: 'unusable',
      uri: explicit.uri,
      label: explicit.label,
      reason,
      year: y,
    });
    if (!named) return unusable('missing');
    if (named.facts.kind !== 'annual-report') return unusable('not-report');
    const y = named.facts.year;
    // A setting shared by the whole workspace also reaches the previous report itself and older
    // ones: there it names a later report and does not apply.
    const applies = y === undefined || year === undefined || y < year;
    if (applies) {
      if (y !== undefined && year !== undefined && y !== year - 1) return unusable('not-previous-year', y);
      return found(named, 'setting') ?? unusable('missing');
    }
  }

  if (year === undefined || !current.facts.agency) return undefined;
  const agency = current.facts.agency;
  const matches: { c: Candidate; how: AgencyMatch }[] = [];
  for (const c of others) {
    if (c.facts.kind !== 'annual-report' || c.facts.year !== year - 1 || !c.facts.agency) continue;
    const how = compareAgencies(agency, c.facts.agency);
    if (how !== 'different') matches.push({ c, how });
  }
  // An exact name beats one that only differs by a place prefix.
  const best = matches.some((m) => m.how === 'same') ? matches.filter((m) => m.how === 'same') : matches;
  if (best.length === 0) return undefined;
  if (best.length > 1) return { status: 'ambiguous', candidates: mapped(best, ({ c }) => ({ uri: c.uri, label: c.label })).sort((a, b) => a.label.localeCompare(b.label)) };
  return found(best[0].c, 'search');
}

function dedupe(cs: readonly Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of cs) if (!seen.has(c.uri)) seen.set(c.uri, c);
  return [...seen.values()];
}
