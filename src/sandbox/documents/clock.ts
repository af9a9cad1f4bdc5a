// Time as the Documents sandbox writes and reads it: API timestamps, ISO 8601 durations, and
// states that follow from the clock when read (no timers, so a fake clock drives them).
import { durationSeconds } from '../../core/models/common';

/** ISO timestamp without milliseconds, as the API's examples show them. */
export function apiTimestamp(d: Date | number): string {
  return new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Milliseconds of an ISO 8601 duration the models already checked (`fallback` when absent). */
export function durationMs(value: string | undefined, fallback: string): number {
  return (durationSeconds(value ?? fallback) ?? durationSeconds(fallback) ?? 0) * 1000;
}

export const DAY_MS = 86_400_000;
