// Identity-document scorings of the Documents sandbox: a session that receives images, scores them
// (each submission is an attempt) or delegates to a provider, and is closed with a verdict. The
// images are stored documents; EXPIRED follows from the clock.
import { placeholderFile } from '../binary';
import { apiTimestamp, DAY_MS } from '../clock';
import { putDocument, type DocumentsState } from './documents';

export type ScoringStatus = 'CREATED' | 'SCORED' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED';

export interface ScoreResult {
  global_score: number;
  extracted_values: Record<string, string>;
  scored_date: string;
  trace_metadata: Record<string, string | null>;
  scores: Array<{ score_type: string; is_fraud: boolean; score: number }>;
}

export interface ScoringAttempt {
  number: number;
  createdAt: string;
  providerId?: string;
  scoreResult?: ScoreResult;
  failReason?: string;
  /** Stored document ids of the images. */
  captures: { front?: string; back?: string };
}

export interface StoredScoring {
  id: string;
  document: { type: string; country: string };
  provider: string;
  state: Exclude<ScoringStatus, 'EXPIRED'>;
  createdAt: string;
  modifiedAt: string;
  expiresAtMs: number;
  maxAttempts: number;
  attempts: ScoringAttempt[];
}

export interface ScoringsState {
  scorings: Map<string, StoredScoring>;
}

/** A scoring passes at this global score (the document's example scores 0.85). */
export const PASSING_SCORE = 0.7;

export function scoringState(s: StoredScoring, nowMs: number): ScoringStatus {
  return (s.state === 'CREATED' || s.state === 'SCORED') && nowMs >= s.expiresAtMs ? 'EXPIRED' : s.state;
}

export function lastScore(s: StoredScoring): ScoreResult | undefined {
  return [...s.attempts].reverse().find((a) => a.scoreResult)?.scoreResult;
}

/** What the sandbox "reads" from the images: the document's example values, or a fraud when asked. */
export function scoreOf(fraud: boolean, scoredAt: Date, trace: Record<string, string | null>): ScoreResult {
  const score = fraud ? 0.12 : 0.85;
  return {
    global_score: score,
    extracted_values: { NAME: 'John', LAST_NAME: 'Doe', BIRTH_DATE: '1990-01-01T00:00:00.000Z', DOCUMENT_NUMBER: 'X1234567', DOCUMENT_EXPIRATION_DATE: '2030-12-31T00:00:00.000Z' },
    scored_date: apiTimestamp(scoredAt),
    trace_metadata: trace,
    scores: [
      { score_type: 'MRZ_CONTROL_DIGIT', is_fraud: fraud, score },
      { score_type: 'PHOTO_TAMPERING', is_fraud: fraud, score: fraud ? 0.2 : 0.91 },
    ],
  };
}

export function newScoring(id: string, input: { document: { type: string; country: string }; provider: string; maxAttempts?: number | undefined }, now: Date, expiresAtMs: number): StoredScoring {
  const stamp = apiTimestamp(now);
  return { id, document: { ...input.document }, provider: input.provider, state: 'CREATED', createdAt: stamp, modifiedAt: stamp, expiresAtMs, maxAttempts: input.maxAttempts ?? 5, attempts: [] };
}

export const EXAMPLE_SCORINGS = ['d290f1ee-6c54-4b01-90e6-d701748f0851', '625fc44b-5b1c-451e-bcc7-276c911f0af8'] as const;

export function seedScorings(state: ScoringsState & DocumentsState, now: Date): void {
  const created = apiTimestamp(now);
  for (const id of EXAMPLE_SCORINGS) {
    const image = (side: string) =>
      putDocument(state, { id: `${id}-${side}`, name: `identity_document_${side}`, extension: 'png', content: placeholderFile('png', side), createdAt: now, source: `scoring:${id}` }).id;
    state.scorings.set(id, {
      id,
      document: { type: 'IDENTITY_CARD', country: 'ES' },
      provider: 'GOOGLE',
      state: 'SCORED',
      createdAt: created,
      modifiedAt: created,
      expiresAtMs: now.getTime() + 30 * DAY_MS,
      maxAttempts: 5,
      attempts: [
        {
          number: 1,
          createdAt: created,
          providerId: 'cbd2e693-d71a-4cee-8313-1972acc0394d',
          scoreResult: scoreOf(false, now, { browser_user_agent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X x.y; rv:42.0) Gecko/20100101 Firefox/42.0', ip_address: '172.17.0.4', browser_installation_id: null, device_location: '88.52,-123.1', device_finger_print: '33dd65c7fefc7078776965ca85cee243' }),
          captures: { front: image('front'), back: image('back') },
        },
      ],
    });
  }
}
