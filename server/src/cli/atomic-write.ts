import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'fs';
import * as path from 'path';

/** Writes through a temporary file in the same directory and renames it over the original. */
export function writeFileAtomic(file: string, text: string, bom = false): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const mode = statSync(file).mode;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, (bom ? '\ufeff' : '') + text, null, 'utf8');
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkSync(tmp);
    throw e;
  }
  closeSync(fd);
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}
