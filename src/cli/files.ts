// Reading the files a command checks: `-` is stdin; a file that cannot be read is a UsageError
// (exit 2) naming it and why, never a stack trace.
import { readFileSync } from 'node:fs';
import { UsageError } from './args';

export function readText(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
