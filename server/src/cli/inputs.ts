import fg from 'fast-glob';
import { existsSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

/** A problem with the command line or the input files: exit code 2 with a one-line reason. */
export class InputError extends Error {}

export const REPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'govreport'];

export interface InputFile {
  readonly path: string;
  /** named on the command line (as a file or a glob) rather than found in a directory */
  readonly explicit: boolean;
}

/** Files, directories (searched for .txt/.md/.govreport) and globs, in a stable order, without repeats. */
export function expandInputs(args: readonly string[], cwd = process.cwd()): InputFile[] {
  const out = new Map<string, InputFile>();
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) {
        const found = fg.sync(`**/*.{${REPORT_EXTENSIONS.join(',')}}`, { cwd: abs, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
        if (!found.length) throw new InputError(`${arg}: directory contains no .txt, .md or .govreport files`);
        for (const f of found.sort()) if (!out.has(f)) out.set(f, { path: f, explicit: false });
      } else out.set(abs, { path: abs, explicit: true });
      continue;
    }
    if (fg.isDynamicPattern(arg)) {
      const found = fg.sync(arg.replace(/\\/g, '/'), { cwd, absolute: true, onlyFiles: true });
      if (!found.length) throw new InputError(`${arg}: no file matches this pattern`);
      for (const f of found.sort()) if (!out.has(f)) out.set(f, { path: f, explicit: true });
      continue;
    }
    throw new InputError(`${arg}: no such file or directory`);
  }
  return [...out.values()];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file as UTF-8 text; binary or non-UTF-8 content is an input error, not a crash. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new InputError(`${file}: binary file (contains NUL bytes)`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text (convert it to UTF-8 first)`);
  }
  // A BOM is an encoding mark, not text: keep positions as editors show them.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
