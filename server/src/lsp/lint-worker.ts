import { parentPort } from 'worker_threads';
import { lint } from '../core/lint';
import { diagnosticsFor } from './problem-limit';
import type { BackgroundCheck, BackgroundResult } from './large-documents';
import { serverRules } from './test-rules';

// The worker thread (dist/lint-worker.js) that checks documents too long to check on the server's main
// thread between keystrokes: it parses, runs the rules and turns the findings into LSP diagnostics, so
// that only plain data crosses back. One check at a time; the main thread terminates it to cancel.

const RULE_SET = serverRules();

function check(job: BackgroundCheck): BackgroundResult {
  const ruleErrors: { rule: string; message: string }[] = [];
  const { model, findings } = lint(job.text, {
    format: job.format,
    assumeReport: job.assumeReport,
    rules: job.rules,
    ruleSet: RULE_SET,
    onRuleError: (rule, error) => ruleErrors.push({ rule, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  });
  const served = model.isReport && (job.assumeReport || job.detect !== 'off');
  const diagnostics = served ? diagnosticsFor(findings, model, job.uri, job.version, job.lang, job.maxNumberOfProblems) : [];
  return { uri: job.uri, version: job.version, diagnostics, ruleErrors };
}

parentPort?.on('message', (job: BackgroundCheck) => {
  let result: BackgroundResult;
  try {
    result = check(job);
  } catch (error) {
    result = { uri: job.uri, version: job.version, diagnostics: [], ruleErrors: [], error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(result);
});
