import { strict as assert } from 'node:assert';
import { OAuthTokenProvider } from '../../../../src/core/auth/oauthTokens';
import { jwtState, readJwtExpiry } from '../../../../src/core/auth/jwt';
import { ApiError } from '../../../../src/core/errors';

describe('core/auth OAuthTokenProvider', () => {
  it('shares one in-flight token request between concurrent callers', async () => {
    let fetches = 0;
    const p = new OAuthTokenProvider(async () => {
      fetches++;
      await new Promise((r) => setTimeout(r, 20));
      return `t${fetches}`;
    });
    const tokens = await Promise.all(Array.from({ length: 20 }, () => p.get()));
    assert.equal(fetches, 1);
    assert.deepEqual(new Set(tokens), new Set(['t1']));
  });

  it('fetches a new token only when the rejected one is still cached', async () => {
    let n = 0;
    const p = new OAuthTokenProvider(() => Promise.resolve(`t${++n}`));
    assert.equal(await p.get(), 't1');
    p.invalidate('t1');
    assert.equal(await p.get(), 't2');
    p.invalidate('t1'); // stale rejection from a slower caller: keep t2
    assert.equal(await p.get(), 't2');
  });

  it('a cancelled caller does not cancel the shared fetch for others', async () => {
    const p = new OAuthTokenProvider(() => new Promise((r) => setTimeout(() => r('tok'), 30)));
    const ac = new AbortController();
    const first = p.get(ac.signal);
    const second = p.get();
    ac.abort();
    await assert.rejects(first, (e) => ApiError.is(e, 'cancelled'));
    assert.equal(await second, 'tok');
  });
});

describe('core/auth jwt', () => {
  const jwt = (payload: object) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;
  it('reads exp and classifies expired / expiring soon / valid', () => {
    const now = 1_700_000_000_000;
    assert.equal(readJwtExpiry(jwt({ exp: 1_700_000_100 })).expiresAt, 1_700_000_100_000);
    assert.equal(jwtState(jwt({ exp: now / 1000 - 60 }), now).state, 'expired');
    assert.equal(jwtState(jwt({ exp: now / 1000 + 60 }), now).state, 'expiringSoon');
    assert.equal(jwtState(jwt({ exp: now / 1000 + 3600 }), now).state, 'valid');
    assert.equal(jwtState('sandbox-documents-token', now).state, 'opaque');
    assert.equal(jwtState(jwt({ sub: 'x' }), now).state, 'noExpiry');
  });
});
