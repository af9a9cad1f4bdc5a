// Writing to stdout the way CI pipes need: a closed pipe (`mok validate … | head -1`) is not an
// error — the rest of the output is dropped quietly and the exit code stays the command's — and
// large outputs are written without `process.exit()` cutting them short.
let guarded = false;
let closed = false;

/** Swallows EPIPE on stdout (once per process). Other stream errors still surface. */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      closed = true;
      return;
    }
    throw e;
  });
}

/** Writes to stdout unless the reader has gone away. */
export function out(text: string): void {
  guardStdout();
  if (closed) return;
  process.stdout.write(text);
}

/** Writes a line to stderr (logs, summaries, errors). */
export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** "1 problem", "3 problems": a count with its noun (English: the CLI speaks English). */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
