// One date style for people, in every view and language: dd/mm/yyyy (the API's own, as in the
// limits' `multiplans_until_date`), and a time as dd/mm/yyyy hh:mm with its time zone
// ("02/08/2025 14:05 UTC+2"): a time without its zone is ambiguous between a partner's server,
// the API and the user.

const pad = (n: number) => String(n).padStart(2, '0');

/** "UTC", "UTC+2", "UTC-3:30" for an offset east of UTC in minutes. */
export function zoneLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

/**
 * A date as dd/mm/yyyy: from yyyy-mm-dd (kept as the calendar day it names), from an ISO date-time
 * (the local day) or already dd/mm/yyyy. Anything else is shown as sent.
 */
export function formatDate(value: string, offsetMinutes?: number): string {
  const v = value.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  if (/^\d{2}\/\d{2}\/\d{4}$/.test(v)) return v;
  const t = Date.parse(v);
  if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return value;
  return formatDateTime(v, offsetMinutes).slice(0, 10);
}

/** An ISO date-time in local time (or at `offsetMinutes`) as "dd/mm/yyyy hh:mm UTC+n". */
export function formatDateTime(iso: string, offsetMinutes?: number): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const offset = offsetMinutes ?? -new Date(t).getTimezoneOffset();
  const d = new Date(t + offset * 60_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} ${zoneLabel(offset)}`;
}

/**
 * A scheduled date and time as the API sends them (yyyy-mm-dd and HH:MM:SS, in the service's own
 * local time, no zone given): "02/08/2025 03:00".
 */
export function formatSchedule(date: string | null | undefined, time: string | null | undefined): string | undefined {
  const parts = [date ? formatDate(date) : undefined, time ? time.replace(/^(\d{2}:\d{2}):\d{2}$/, '$1') : undefined].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
