import { Command, InvalidArgumentError, Option } from 'commander';
import { ReportModel } from './core/model/types';
import { version } from '../../package.json';
import { langFromLocale } from './core/i18n';
import { fixText, lint, LintOptions } from './core/lint';
import { RULES } from './core/rules';
import { SeveritySetting } from './core/rules/types';
import { writeFileAtomic } from './cli/atomic-write';
import { json } from './cli/formatters/json';
import { sarif } from './cli/formatters/sarif';
import { stylish } from './cli/formatters/stylish';
import { expandInputs, InputError, readText } from './cli/inputs';
import { PreviousReports } from './cli/previous';
import { countBySeverity, FileResult } from './cli/results';
import { checkFilesInWorkers, defaultJobs, isCliWorker, MIN_FILES_FOR_WORKERS, runCliWorker } from './cli/workers';

// The command-line adapter: read files, run the same core as the language server, print, exit
// 0 (no error), 1 (errors found) or 2 (usage or input problem, with a one-line reason).

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

function parseRule(value: string, previous: Record<string, SeveritySetting> = {}) {
  const m = /^([a-z][a-z0-9-]*|default)=(\w+)$/.exec(value);
  if (!m || !SEVERITIES.includes(m[2])) throw new InvalidArgumentError(`expected <rule-id>=<${SEVERITIES.join('|')}>`);
  if (m[1] !== 'default' && !RULES.some((r) => r.meta.id === m[1])) throw new InvalidArgumentError(`unknown rule "${m[1]}"`);
  return { ...previous, [m[1]]: m[2] as SeveritySetting };
}

function envLocale(): string | undefined {
  return process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
}

interface CliOptions {
  format: 'stylish' | 'json' | 'sarif';
  fix?: boolean;
  lang?: 'zh-cn' | 'en';
  template?: '2019' | '2021';
  rule?: Record<string, SeveritySetting>;
  assumeReport?: boolean;
  jobs: number;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

function checkFile(file: string, explicit: boolean, opts: CliOptions, options: LintOptions): FileResult & { readonly model: ReportModel } {
  const original = readText(file);
  if (original.trim() === '') throw new InputError(`${file}: file is empty`);
  let text = original;
  let fixed = 0;
  if (opts.fix) {
    const result = fixText(text, options);
    // Files without a fixable finding are never touched.
    if (result.text !== original) {
      writeFileAtomic(file, result.text);
      text = result.text;
      fixed = result.edits;
    }
  }
  const { model, findings } = lint(text, options);
  if (!model.isReport) {
    return { file, model, findings: [], skipped: explicit ? 'not recognised as an annual report or work plan (use --assume-report)' : 'not a report' };
  }
  return { file, model, findings, fixed };
}

async function run(argv: string[]): Promise<number> {
  const program = new Command()
    .name('gov-report-lint')
    .description('Checks 政府信息公开工作年度报告: table arithmetic, prose numbers, required parts, publication hygiene.')
    .version(version)
    .argument('<paths...>', 'report files, directories or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('--fix', 'apply every certain fix and write the files back (atomically)')
    .addOption(new Option('--lang <lang>', 'message language (default: from the environment locale)').choices(['zh-cn', 'en']))
    .addOption(new Option('--template <year>', 'check against this format instead of detecting it').choices(['2019', '2021']))
    .option('--rule <id=severity>', 'set a rule severity (repeatable; "default=…" for all rules)', parseRule)
    .option('--assume-report', 'check named files even when they are not recognised as reports')
    .option('-j, --jobs <n>', 'worker threads for many files (default: one per core; 1 checks in the main thread)', parseJobs, defaultJobs())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError(false);

  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { exitCode?: number; code?: string }).exitCode;
    return (e as { code?: string }).code === 'commander.helpDisplayed' || (e as { code?: string }).code === 'commander.version' ? 0 : code === 0 ? 0 : 2;
  }
  const opts = program.opts<CliOptions>();
  const lang = opts.lang ?? langFromLocale(envLocale());
  const options: LintOptions = { format: opts.template, rules: opts.rule, assumeReport: opts.assumeReport };
  const results: FileResult[] = [];
  try {
    const files = expandInputs(program.args);
    // Many files are spread over worker threads (the same checks, in the same order); --fix writes
    // files and feeds fixed reports to the cross-year checks of later ones, so it stays sequential.
    const parallel = !opts.fix && opts.jobs > 1 && files.length >= MIN_FILES_FOR_WORKERS && __filename.endsWith('.js');
    if (parallel) results.push(...(await checkFilesInWorkers(files, options, opts.jobs)));
    // Each report is also checked against its predecessor among the files given (cross-year).
    const previous = new PreviousReports(parallel ? [] : files.map((f) => f.path), options);
    for (const f of parallel ? [] : files) {
      const result = checkFile(f.path, f.explicit, opts, { ...options, others: previous.othersFor(f.path) });
      previous.update(f.path, result.model);
      results.push(result);
    }
    const dirsOnly = program.args.length > 0 && files.every((f) => !f.explicit);
    if (dirsOnly && results.every((r) => r.skipped)) throw new InputError(`${program.args.join(' ')}: no annual report or work plan found`);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`gov-report-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const checked = results.filter((r) => !r.skipped || opts.format === 'stylish');
  const output =
    opts.format === 'json' ? json(checked, lang) : opts.format === 'sarif' ? sarif(results.filter((r) => !r.skipped), RULES, lang, version) : stylish(results, lang);
  if (output) process.stdout.write(output + '\n');
  return countBySeverity(results).errors > 0 ? 1 : 0;
}

if (isCliWorker()) runCliWorker();
else
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`gov-report-lint: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
