// HMAC-SHA256 for many messages under one key, for the doctor's variant search. RFC 2104 over
// one-shot `crypto.hash` calls: the key pads are prepared once, so each variant costs two plain
// hashes instead of a full createHmac set-up (about 0.6× the time for a webhook-sized body). The
// exact verification itself stays on createHmac, the reference path.
import * as crypto from 'node:crypto';

const BLOCK = 64;

/** Returns the digest of `message` under `key` as a binary (latin1) string, one char per byte. */
export type KeyedHash = (message: Buffer) => string;

export function keyedHash(key: Buffer): KeyedHash {
  // crypto.hash arrived in Node 20.12; anything older takes the ordinary route.
  if (typeof crypto.hash !== 'function') return (m) => crypto.createHmac('sha256', key).update(m).digest('binary');
  const hash = crypto.hash;
  const k = key.length > BLOCK ? crypto.createHash('sha256').update(key).digest() : key;
  // inner = (K ^ ipad) ‖ message, outer = (K ^ opad) ‖ H(inner); K zero-padded to the block size.
  const ipad = Buffer.allocUnsafe(BLOCK);
  const outer = Buffer.allocUnsafe(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    ipad[i] = (k[i] ?? 0) ^ 0x36;
    outer[i] = (k[i] ?? 0) ^ 0x5c;
  }
  return (message) => {
    if (scratch.length < BLOCK + message.length) scratch = Buffer.allocUnsafe(BLOCK + Math.max(message.length, 4096));
    ipad.copy(scratch, 0);
    message.copy(scratch, BLOCK);
    outer.write(hash('sha256', scratch.subarray(0, BLOCK + message.length), 'binary'), BLOCK, 'latin1');
    return hash('sha256', outer, 'binary');
  };
}

// Shared by every hasher: each call fills it and hashes it before returning (synchronous).
let scratch = Buffer.allocUnsafe(0);
