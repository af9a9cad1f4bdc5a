// CLI logging: stderr, redacted, debug lines only with --verbose.
import { redactingLogger, type Logger } from '../core/logger';

export function stderrLogger(verbose: boolean): Logger {
  const line = (level: string) => (m: string) => process.stderr.write(`[${level}] ${m}\n`);
  const none = () => {};
  return redactingLogger({
    trace: verbose ? line('trace') : none,
    debug: verbose ? line('debug') : none,
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
  });
}
