// The sandbox's saved state (`mok sandbox --state FILE`): every record of both APIs in one JSON
// document with a format name and version, Maps and binaries encoded so they come back as they
// were. Reading refuses — with the reason — anything that is not a state file of this version,
// and never writes; writing replaces the file atomically (temp file, fsync, rename), so a crash
// mid-save leaves the previous state.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const STATE_FORMAT = 'mok-sandbox-state';
export const STATE_VERSION = 1;

export interface SandboxSnapshot {
  /** Data of the MOK Integration API fake. */
  mok: unknown;
  /** Data of the Documents API fake. */
  documents: unknown;
}

interface Envelope extends SandboxSnapshot {
  format: string;
  version: number;
  savedAt: string;
}

export type StateProblem = 'unreadable' | 'corrupt' | 'incompatible';

export class StateFileError extends Error {
  override readonly name = 'StateFileError';
  constructor(
    readonly reason: StateProblem,
    message: string,
  ) {
    super(message);
  }
}

/** JSON with Maps as `{"$map": [[k, v]…]}` and binaries as `{"$bytes": base64}`. */
export function encodeState(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    if (original instanceof Map) return { $map: [...original.entries()] };
    if (Buffer.isBuffer(original)) return { $bytes: original.toString('base64') };
    return v;
  });
}

export function decodeState(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1 && Array.isArray(o.$map)) return new Map(o.$map as Array<[unknown, unknown]>);
      if (keys.length === 1 && typeof o.$bytes === 'string') return Buffer.from(o.$bytes, 'base64');
    }
    return v;
  });
}

export function serializeState(snapshot: SandboxSnapshot, savedAt: Date): string {
  const envelope: Envelope = { format: STATE_FORMAT, version: STATE_VERSION, savedAt: savedAt.toISOString(), ...snapshot };
  return encodeState(envelope);
}

/** The snapshot in a state file's text, or a StateFileError saying why it is not one we can use. */
export function parseState(text: string, where: string): SandboxSnapshot {
  let value: unknown;
  try {
    value = decodeState(text);
  } catch (e) {
    throw new StateFileError('corrupt', `${where} is not valid JSON (${e instanceof Error ? e.message : String(e)}); it was left untouched.`);
  }
  const env = value as Partial<Envelope> | null;
  if (!env || typeof env !== 'object' || env.format !== STATE_FORMAT) {
    throw new StateFileError('incompatible', `${where} is not a MOK sandbox state file (no "format": "${STATE_FORMAT}"); it was left untouched.`);
  }
  if (env.version !== STATE_VERSION) {
    throw new StateFileError('incompatible', `${where} was written by another version of the sandbox (state version ${JSON.stringify(env.version)}, this one reads ${STATE_VERSION}); it was left untouched. Delete it or pass another --state file to start from the seed.`);
  }
  if (env.mok === undefined || env.documents === undefined) throw new StateFileError('corrupt', `${where} lacks the "mok" or "documents" data; it was left untouched.`);
  return { mok: env.mok, documents: env.documents };
}

/** The saved snapshot, or undefined when the file does not exist yet (a first run). */
export async function readStateFile(file: string): Promise<SandboxSnapshot | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new StateFileError('unreadable', `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseState(text, file);
}

/** Writes the state through a temp file, fsync and rename, then fsyncs the directory. */
export async function writeStateFile(file: string, snapshot: SandboxSnapshot, savedAt: Date): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(serializeState(snapshot, savedAt), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  try {
    const d = await fs.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    // Some filesystems cannot fsync a directory; the rename is still atomic.
  }
}
