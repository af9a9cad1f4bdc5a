// Inputs of `mok webhook …`: the secret (an environment variable or a file, used byte for byte),
// the body (a file or stdin, within the body limit, text not binary) and captured requests.
// Errors name the flag and the file, never a secret: the variable name and the secret file's path
// are not echoed either, in case the secret itself was typed where its name or path belongs.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../core/errors';
import { checkTextBody } from '../core/webhooks/bytes';
import { WEBHOOK_BODY_LIMIT, bodyTooLarge, checkBodySize } from '../core/webhooks/errors';
import { RAW_HEADER_ALLOWANCE } from '../core/webhooks/rawHttp';
import { UsageError } from './args';

export interface SecretFlags {
  'secret-env'?: string;
  'secret-file'?: string;
}

export const SECRET_FLAG_OPTIONS = {
  'secret-env': { type: 'string' },
  'secret-file': { type: 'string' },
} as const;

/** The secret's bytes exactly as stored: never trimmed (the doctor reports stray whitespace). */
export function readSecret(flags: SecretFlags): Buffer {
  const env = flags['secret-env'];
  const file = flags['secret-file'];
  if (env !== undefined && file !== undefined) throw new UsageError('give the secret one way: --secret-env VAR or --secret-file FILE, not both.');
  if (env === undefined && file === undefined) {
    throw new UsageError('give the webhook secret with --secret-env VAR (the name of an environment variable holding it) or --secret-file FILE.');
  }
  let secret: Buffer;
  if (env !== undefined) {
    const value = process.env[env];
    if (value === undefined) {
      throw new InputError('missingCredential', 'the environment variable named by --secret-env is not set (--secret-env takes the variable\'s name, e.g. --secret-env MOK_WEBHOOK_SECRET, not the secret).');
    }
    secret = Buffer.from(value, 'utf8');
  } else {
    secret = readFile(file!, 'the secret file given with --secret-file', 64 * 1024, () => new InputError('unreadable', 'the secret file given with --secret-file is larger than 64 KiB: is it the right file?'));
  }
  const where = env !== undefined ? 'the environment variable named by --secret-env' : 'the secret file given with --secret-file';
  if (secret.length === 0) throw new InputError('missingCredential', `${where} is empty.`);
  if (/^\s*$/.test(secret.toString('latin1'))) throw new InputError('missingCredential', `${where} contains only whitespace.`);
  return secret;
}

/** A body from `--body-file` or, without it, from stdin (refused when stdin is a terminal). */
export async function readBody(file: string | undefined): Promise<{ bytes: Buffer; where: string }> {
  if (file !== undefined) {
    const bytes = readFile(file, `the body file ${file}`, WEBHOOK_BODY_LIMIT);
    checkTextBody(bytes, `the body file ${file}`);
    return { bytes, where: file };
  }
  if (process.stdin.isTTY) throw new UsageError('no body: pass --body-file FILE or pipe the body on stdin.');
  const bytes = await readStdin(WEBHOOK_BODY_LIMIT);
  checkTextBody(bytes, 'the body on stdin');
  return { bytes, where: 'stdin' };
}

/** A captured raw HTTP request file (the body limit plus room for headers). */
export function readRequestFile(file: string): Buffer {
  return readFile(file, `the request file ${file}`, WEBHOOK_BODY_LIMIT + RAW_HEADER_ALLOWANCE);
}

/** Reads a file that must fit `limit`, checking the size before reading it; `what` names it in errors. */
function readFile(path: string, what: string, limit: number, tooLarge?: (size: number) => Error): Buffer {
  let size: number;
  let bytes: Buffer;
  try {
    size = statSync(path).size;
    bytes = size > limit ? Buffer.alloc(0) : readFileSync(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
    throw new InputError('unreadable', `cannot read ${what}: ${(code && FS_REASONS[code]) ?? code ?? String(e)}.`);
  }
  if (size > limit) {
    if (tooLarge) throw tooLarge(size);
    checkBodySize(size, what);
  }
  return bytes;
}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

function readStdin(limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    process.stdin.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        process.stdin.destroy();
        reject(bodyTooLarge(size, 'the body on stdin', true));
        return;
      }
      chunks.push(c);
    });
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', (e) => reject(new InputError('unreadable', `cannot read the body from stdin: ${e.message}`)));
  });
}
