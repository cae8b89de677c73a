import { availableParallelism } from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parentPort, Worker, workerData } from 'worker_threads';
import { Candidate, findPreviousReport, PreviousReport, ReportFacts, reportFacts, withPreviousReport } from '../core/crossyear';
import { lint, LintOptions } from '../core/lint';
import { parseReport } from '../core/model/build';
import { DocumentKind, ReportModel } from '../core/model/types';
import { Finding } from '../core/rules/types';
import { formatById, FormatId } from '../core/templates';
import { LineIndex } from '../core/text/line-index';
import { InputError, InputFile, readText } from './inputs';
import { FileResult } from './results';

// Checking many files on worker threads (`gov-report-lint -j N`). The bundle is one file, so a worker is
// dist/cli.js itself started with `workerData.role === CLI_WORKER_ROLE`. Two rounds, each spread over the
// workers: facts (kind, year, agency) of every file, so that the main thread can pick each report's
// previous-year report exactly as the sequential run does; then the checks. Only plain data crosses
// threads; the main thread rebuilds what the formatters read (the line index) from the text.

export const CLI_WORKER_ROLE = 'gov-report-lint-cli-worker';

/** Below this many files the threads cost more than they save. */
export const MIN_FILES_FOR_WORKERS = 16;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The lint options that cross to a worker (no functions). */
export interface WorkerLintOptions {
  readonly format?: FormatId;
  readonly rules?: LintOptions['rules'];
  readonly assumeReport?: boolean;
}

/** A previous report as the main thread chose it; a found one is parsed again by the worker. */
type PreviousChoice = { readonly status: 'found'; readonly file: string; readonly label: string; readonly source: 'setting' | 'search' } | Exclude<PreviousReport, { status: 'found' }>;

type Request =
  | { readonly id: number; readonly type: 'facts'; readonly file: string; readonly options: WorkerLintOptions }
  | { readonly id: number; readonly type: 'check'; readonly file: string; readonly explicit: boolean; readonly options: WorkerLintOptions; readonly previous: PreviousChoice | undefined };

interface CheckedFile {
  readonly file: string;
  readonly text: string;
  readonly kind: DocumentKind;
  readonly isReport: boolean;
  readonly year: number | undefined;
  readonly formatId: FormatId;
  readonly findings: readonly Finding[];
  readonly skipped?: string;
}

type Response =
  | { readonly id: number; readonly facts: ReportFacts | undefined }
  | { readonly id: number; readonly checked: CheckedFile }
  | { readonly id: number; readonly inputError: string }
  | { readonly id: number; readonly internalError: string };

const NOT_REPORT = (explicit: boolean) => (explicit ? 'not recognised as an annual report or work plan (use --assume-report)' : 'not a report');

function previousReport(choice: PreviousChoice | undefined, options: WorkerLintOptions): PreviousReport | undefined {
  if (!choice || choice.status !== 'found') return choice;
  try {
    const model = parseReport(readText(choice.file), options);
    return { status: 'found', uri: pathToFileURL(choice.file).href, label: choice.label, model, source: choice.source };
  } catch {
    return undefined;
  }
}

function handle(req: Request): Response {
  try {
    if (req.type === 'facts') {
      try {
        return { id: req.id, facts: reportFacts(parseReport(readText(req.file), req.options)) };
      } catch {
        return { id: req.id, facts: undefined };
      }
    }
    const text = readText(req.file);
    if (text.trim() === '') throw new InputError(`${req.file}: file is empty`);
    let others: Readonly<Record<string, unknown>> = {};
    try {
      others = withPreviousReport(previousReport(req.previous, req.options));
    } catch {
      others = {};
    }
    const { model, findings } = lint(text, { ...req.options, others });
    const checked: CheckedFile = {
      file: req.file,
      text,
      kind: model.kind,
      isReport: model.isReport,
      year: model.year,
      formatId: model.format.template.id,
      findings: model.isReport ? findings : [],
      skipped: model.isReport ? undefined : NOT_REPORT(req.explicit),
    };
    return { id: req.id, checked };
  } catch (e) {
    if (e instanceof InputError) return { id: req.id, inputError: e.message };
    return { id: req.id, internalError: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

/** The worker side: answers requests until the main thread terminates it. */
export function isCliWorker(): boolean {
  return !!parentPort && (workerData as { role?: string } | undefined)?.role === CLI_WORKER_ROLE;
}

export function runCliWorker(): void {
  parentPort!.on('message', (req: Request) => parentPort!.postMessage(handle(req)));
}

/** Runs requests over a pool of workers, each taking the next request when it answers the last. */
async function runPool(script: string, jobs: number, requests: readonly Request[]): Promise<Response[]> {
  const responses: Response[] = new Array(requests.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, requests.length) }, () => new Worker(script, { workerData: { role: CLI_WORKER_ROLE } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= requests.length) return resolve();
              w.postMessage(requests[next++]);
            };
            w.on('message', (res: Response) => {
              responses[res.id] = res;
              feed();
            });
            w.on('error', reject);
            w.on('exit', (code) => (next >= requests.length ? resolve() : reject(new Error(`worker stopped (exit code ${code})`))));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return responses;
}

function label(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/**
 * Checks the files on `jobs` worker threads; the results come back in the order of `files`, and the first
 * input problem in that order is thrown, as the sequential run would. (--fix always runs sequentially:
 * fixed files feed the cross-year checks of later files.)
 */
export async function checkFilesInWorkers(files: readonly InputFile[], options: WorkerLintOptions, jobs: number, script = __filename, cwd = process.cwd()): Promise<FileResult[]> {
  const paths = files.map((f) => f.path);
  const factsOf = await runPool(
    script,
    jobs,
    paths.map((file, id) => ({ id, type: 'facts', file, options })),
  );
  const candidates: Candidate[] = [];
  paths.forEach((file, i) => {
    const facts = (factsOf[i] as { facts?: ReportFacts }).facts;
    // Only the choice is needed here (uri, label, source): the worker that checks the file parses the chosen one.
    if (facts?.kind === 'annual-report') candidates.push({ uri: pathToFileURL(file).href, label: label(file, cwd), facts, model: () => ({}) as ReportModel });
  });
  const fileOf = new Map(paths.map((p) => [pathToFileURL(p).href, p]));
  const requests: Request[] = files.map((f, id) => {
    const facts = (factsOf[id] as { facts?: ReportFacts }).facts;
    let previous: PreviousChoice | undefined;
    if (facts) {
      const found = findPreviousReport({ uri: pathToFileURL(f.path).href, facts }, candidates);
      previous = found?.status === 'found' ? { status: 'found', file: fileOf.get(found.uri)!, label: found.label, source: found.source } : found;
    }
    return { id, type: 'check', file: f.path, explicit: f.explicit, options, previous };
  });
  const responses = await runPool(script, jobs, requests);
  return responses.map((res) => {
    if ('inputError' in res) throw new InputError(res.inputError);
    if ('internalError' in res) throw new Error(res.internalError);
    const c = (res as { checked: CheckedFile }).checked;
    const model = { kind: c.kind, isReport: c.isReport, year: c.year, format: { template: formatById(c.formatId) }, lines: new LineIndex(c.text) };
    const result: FileResult = { file: c.file, model, findings: c.findings, skipped: c.skipped, fixed: c.skipped ? undefined : 0 };
    return result;
  });
}
