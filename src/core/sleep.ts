// Waiting that a caller can stop: resolves after `ms`, or rejects with ApiError `cancelled` as
// soon as the signal aborts (retries between HTTP attempts, polling a fill process).
import { ApiError } from './errors';

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ApiError({ reason: 'cancelled', message: 'The request was cancelled.' }));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new ApiError({ reason: 'cancelled', message: 'The request was cancelled.' }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
