import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import { Lang } from '../core/i18n';
import { RuleSettings } from '../core/rules/engine';
import { FormatId } from '../core/templates';

/**
 * Documents longer than this are checked on a worker thread, so that a pasted 10 MB document never holds
 * up the diagnostics of the other documents (or the next keystroke). They get diagnostics and quick fixes;
 * the features that need the model on the main thread (outline, folding, lenses, summary) skip them.
 */
export const LARGE_DOCUMENT_LENGTH = 1024 * 1024;

/** One check for the worker: the text and everything the settings decide. */
export interface BackgroundCheck {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly lang: Lang;
  readonly format: FormatId | undefined;
  readonly assumeReport: boolean;
  readonly detect: 'auto' | 'off';
  readonly rules: RuleSettings;
  readonly maxNumberOfProblems: number;
}

export interface BackgroundResult {
  readonly uri: string;
  readonly version: number;
  readonly diagnostics: Diagnostic[];
  /** rules that threw, for the log (the other rules' findings are still there) */
  readonly ruleErrors: readonly { readonly rule: string; readonly message: string }[];
  /** the check itself failed */
  readonly error?: string;
}

/**
 * Runs background checks one at a time on one worker thread, newest version first: a new version of the
 * document being checked cancels that check (the worker is terminated and started again), and a queued
 * older version is replaced.
 */
export class BackgroundChecker {
  private worker: Worker | undefined;
  private running: BackgroundCheck | undefined;
  private readonly queue = new Map<string, BackgroundCheck>();

  constructor(
    private readonly onResult: (result: BackgroundResult) => void,
    private readonly onError: (message: string) => void,
    private readonly script = path.join(__dirname, 'lint-worker.js'),
  ) {}

  check(job: BackgroundCheck): void {
    this.queue.delete(job.uri);
    this.queue.set(job.uri, job);
    if (this.running?.uri === job.uri) this.stopWorker();
    this.pump();
  }

  /** The document was closed or became small: forget its pending check. */
  cancel(uri: string): void {
    this.queue.delete(uri);
    if (this.running?.uri === uri) {
      this.stopWorker();
      this.pump();
    }
  }

  /** Whether a check of this document is queued or running. */
  pending(uri: string): boolean {
    return this.queue.has(uri) || this.running?.uri === uri;
  }

  dispose(): void {
    this.queue.clear();
    this.stopWorker();
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    this.running = undefined;
    if (w) void w.terminate();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.values().next();
    if (next.done) return;
    const job = next.value;
    this.queue.delete(job.uri);
    this.running = job;
    this.ensureWorker().postMessage(job);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.unref();
    w.on('message', (result: BackgroundResult) => {
      if (this.worker !== w) return;
      this.running = undefined;
      if (result.error) this.onError(`checking ${result.uri} failed: ${result.error}`);
      this.onResult(result);
      this.pump();
    });
    w.on('error', (error) => {
      if (this.worker !== w) return;
      // The job that broke the worker is dropped (it would break it again); the others go on.
      this.onError(`background check of ${this.running?.uri ?? 'a document'} failed: ${error.stack ?? error.message}`);
      this.stopWorker();
      this.pump();
    });
    w.on('exit', () => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.running = undefined;
      this.pump();
    });
    this.worker = w;
    return w;
  }
}
