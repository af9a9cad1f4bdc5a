// OAuth2 client-credentials tokens for the Provider Network API. The seed's token response has no
// expires_in, so a token is used until the API answers 401; then one fresh token is fetched. All
// concurrent callers share one in-flight token request.
import { ApiError } from '../errors';

export interface TokenFetcher {
  (signal?: AbortSignal): Promise<string>;
}

export class OAuthTokenProvider {
  private token: string | undefined;
  private inFlight: Promise<string> | undefined;

  constructor(private readonly fetchToken: TokenFetcher) {}

  /** A cached token, or a new one (shared with every concurrent caller). */
  get(signal?: AbortSignal): Promise<string> {
    if (this.token) return Promise.resolve(this.token);
    if (!this.inFlight) {
      // The shared fetch must not die because the first caller cancelled: run it unsignalled.
      this.inFlight = this.fetchToken()
        .then((t) => {
          this.token = t;
          return t;
        })
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    return signal ? raceAbort(this.inFlight, signal) : this.inFlight;
  }

  /** Drops `rejected` if it is still the cached token (another caller may have refreshed it). */
  invalidate(rejected: string): void {
    if (this.token === rejected) this.token = undefined;
  }

  clear(): void {
    this.token = undefined;
  }
}

function raceAbort<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new ApiError({ reason: 'cancelled', message: 'The request was cancelled.' }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ApiError({ reason: 'cancelled', message: 'The request was cancelled.' }));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
