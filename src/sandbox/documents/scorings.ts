// Identity-document scorings (Documents API document, "Scoring"): a session that takes the
// document's images (each submission, or delegation to a provider, spends one of its attempts),
// scores them, and is closed with a verdict (SUCCEEDED when the last score passes, FAILED
// otherwise). Images whose file name starts with "fraud" score as a fraud (a sandbox convention,
// README). A session past its expiry, closed, or out of attempts refuses submissions (409).
import { createScoringBody, delegateScoringBody, scoreImagesBody } from '../../core/models/documents/scorings';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { apiTimestamp, durationMs } from './clock';
import { clockOf, conflict, header, notFound, orgOf, recordOf, sandboxJwt, wrongState, type DocumentsContext, type Result, withBody } from './context';
import { fileFor, publicLink, uploadedFile } from './storedDocuments';
import { putDocument } from './state/documents';
import { lastScore, newScoring, PASSING_SCORE, scoreOf, scoringState, type ScoringAttempt, type StoredScoring } from './state/scorings';
import type { OrgState } from './store';

export function scoringHandlers(ctx: DocumentsContext) {
  const scoringOf = (req: SandboxRequest): Result<{ org: OrgState; record: StoredScoring; id: string }> =>
    recordOf(ctx, req, 'scoring_id', (o) => o.scorings, (id) => notFound('SCORING', `Scoring "${id}" not found.`));

  const link = (req: SandboxRequest, id: string | undefined) => (id ? publicLink(ctx, req.params['org'] ?? '', id) : undefined);
  const captures = (req: SandboxRequest, c: ScoringAttempt['captures']) => ({ ...(c.front ? { front: link(req, c.front) } : {}), ...(c.back ? { back: link(req, c.back) } : {}) });

  /** A submission or delegation may happen: the session is open, unexpired, with attempts left. */
  function open(s: StoredScoring, action: string): SandboxResponse | undefined {
    const state = scoringState(s, clockOf(ctx).ms);
    if (state !== 'CREATED' && state !== 'SCORED') return wrongState(`Scoring "${s.id}"`, state, action, ['CREATED', 'SCORED']);
    if (s.attempts.length >= s.maxAttempts) return conflict('STATE', `Scoring "${s.id}" has no attempts left (${s.maxAttempts} used).`);
    return undefined;
  }

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createScoringBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const { now, ms } = clockOf(ctx);
    const s = newScoring(ctx.store.newId(), { document: body.document, provider: body.provider, maxAttempts: body.max_score_retries }, now, ms + durationMs(body.expires_in, 'P30D'));
    org.scorings.set(s.id, s);
    return { status: 200, body: { id: s.id } };
  };

  const get: Handler = (req) => {
    const found = scoringOf(req);
    if (!found.ok) return found.response;
    const s = found.value.record;
    const remaining = Math.max(0, s.maxAttempts - s.attempts.length);
    const score = lastScore(s);
    return {
      status: 200,
      body: {
        creation_date: s.createdAt,
        modification_date: s.modifiedAt,
        expiration_date: apiTimestamp(s.expiresAtMs),
        total_score_attempts: s.maxAttempts,
        remaining_score_attempts: remaining,
        remaining_delegate_attempts: remaining,
        state: scoringState(s, clockOf(ctx).ms),
        document: { ...s.document },
        ...(score ? { score_result: structuredClone(score) } : {}),
        provider: s.provider,
      },
    };
  };

  const capturesOf: Handler = (req) => {
    const found = scoringOf(req);
    if (!found.ok) return found.response;
    const s = found.value.record;
    const last = [...s.attempts].reverse().find((a) => a.captures.front || a.captures.back);
    return { status: 200, body: { document: { ...s.document, ...(last ? { captures: captures(req, last.captures) } : {}) } } };
  };

  const score: Handler = (req) => {
    const input = withBody(scoringOf(req), scoreImagesBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const { org, record: s } = found;
    const refused = open(s, 'scoring images');
    if (refused) return refused;
    const { now, stamp } = clockOf(ctx);
    const images: ScoringAttempt['captures'] = {};
    let fraud = false;
    for (const side of ['front', 'back'] as const) {
      const value = body[side];
      if (value === undefined) continue;
      const jpeg = uploadedFile(req, side, value, 'jpg')?.subarray(0, 2).equals(Buffer.from([0xff, 0xd8])) ?? false;
      const file = fileFor(req, side, value, jpeg ? 'jpg' : 'png', side);
      if (!file.ok) return file.response;
      const name = req.uploads?.get(side)?.[0]?.filename ?? (typeof value === 'string' ? value : value.name);
      fraud ||= /^fraud/i.test(name);
      images[side] = putDocument(org, { id: ctx.store.newId(), name: `scoring_${side}`, extension: jpeg ? 'jpg' : 'png', content: file.value, createdAt: now, source: `scoring:${s.id}` }).id;
    }
    const trace = {
      browser_user_agent: header(req, 'user-agent') ?? null,
      // "Collected by the backend server; any value provided by the client will be ignored."
      ip_address: '127.0.0.1',
      browser_installation_id: header(req, 'x-installation_id') ?? null,
      device_location: header(req, 'x-location') ?? null,
      device_finger_print: header(req, 'x-fingerprint') ?? null,
    };
    s.attempts.push({ number: s.attempts.length + 1, createdAt: stamp, scoreResult: scoreOf(fraud, now, trace), ...(fraud ? { failReason: 'FRAUD_DETECTED' } : {}), captures: images });
    s.state = 'SCORED';
    s.modifiedAt = stamp;
    return { status: 204 };
  };

  const close: Handler = (req) => {
    const found = scoringOf(req);
    if (!found.ok) return found.response;
    const s = found.value.record;
    const state = scoringState(s, clockOf(ctx).ms);
    // Closing a closed (or expired) session changes nothing: the document lists no conflict here.
    if (state !== 'CREATED' && state !== 'SCORED') return { status: 204 };
    s.state = (lastScore(s)?.global_score ?? 0) >= PASSING_SCORE ? 'SUCCEEDED' : 'FAILED';
    s.modifiedAt = clockOf(ctx).stamp;
    return { status: 204 };
  };

  const delegate: Handler = (req) => {
    // provider_config is the provider's business: read (so a bad body is refused), kept out of the sandbox.
    const input = withBody(scoringOf(req), delegateScoringBody, req, true);
    if (!input.ok) return input.response;
    const s = input.value.target.record;
    const refused = open(s, 'delegating');
    if (refused) return refused;
    const providerId = ctx.store.newId();
    const { stamp } = clockOf(ctx);
    s.attempts.push({ number: s.attempts.length + 1, createdAt: stamp, providerId, captures: {} });
    s.modifiedAt = stamp;
    return { status: 200, body: { provider_id: providerId, access_token: sandboxJwt(ctx, { sub: providerId, scoring_id: s.id, provider: s.provider }, 900), provider: s.provider } };
  };

  const attempts: Handler = (req) => {
    const found = scoringOf(req);
    if (!found.ok) return found.response;
    return {
      status: 200,
      body: {
        attempts: found.value.record.attempts.map((a) => ({
          attempt_number: a.number,
          creation_date: a.createdAt,
          ...(a.providerId ? { provider_id: a.providerId } : {}),
          ...(a.scoreResult ? { score_result: structuredClone(a.scoreResult) } : {}),
          ...(a.failReason ? { fail_reason: a.failReason } : {}),
          captures: captures(req, a.captures),
        })),
      },
    };
  };

  return {
    'scorings.create': create,
    'scorings.captures': capturesOf,
    'scorings.get': get,
    'scorings.score': score,
    'scorings.close': close,
    'scorings.delegate': delegate,
    'scorings.attempts': attempts,
  } satisfies Record<string, Handler>;
}
