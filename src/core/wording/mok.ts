// MOK data in words for people: limits ("2 of 5 uses until 03/06/2026"), copayment tiers, holder
// and requester names, coordinates. The extension passes `vscode.l10n` as the Localizer (so the
// Spanish bundle applies); logs, the CLI and the sandbox's error details get English.
import { english, type Localizer } from '../l10n';
import type { Contract, CopaymentTier, ServiceLimit, ServiceLimits, ServiceRequest } from '../models/mok';
import { LIMIT_KINDS, parseDecimal, type LimitKind } from '../models/values';

/** What each limit kind is called, in the display language. */
export function limitKindLabel(kind: LimitKind, l10n: Localizer = english): string {
  switch (kind) {
    case 'usage_frequency_by_end_of_contract':
      return l10n.t('Uses until end of contract');
    case 'usage_frequency_by_period':
      return l10n.t('Uses per period');
    case 'waiting_period':
      return l10n.t('Waiting period');
    case 'max_cost_by_end_of_contract':
      return l10n.t('Max cost until end of contract');
    case 'max_cost_by_period':
      return l10n.t('Max cost per period');
    case 'max_cost_by_use':
      return l10n.t('Max cost per use');
    case 'copayment':
      return l10n.t('Copayment');
    case 'variable_copayment_by_days_of_current_service_request':
      return l10n.t('Variable copayment by days of the service request');
    case 'variable_copayment_by_usage_by_period':
      return l10n.t('Variable copayment by uses in the period');
    case 'variable_copayment_by_accumulated_days_by_period':
      return l10n.t('Variable copayment by accumulated days in the period');
  }
}


function fmtCount(value: string | number | null | undefined): string {
  const n = parseDecimal(value);
  if (n === undefined) return '?';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function fmtMoney(value: string | number | null | undefined): string {
  const n = parseDecimal(value);
  return n === undefined ? '? €' : `${n.toFixed(2)} €`;
}

/** "days 1–3: 20 %", "uses 4+: 15.00 €". */
export function describeCopaymentTier(kind: LimitKind, tier: CopaymentTier, l10n: Localizer = english): string {
  const byUse = kind === 'variable_copayment_by_usage_by_period';
  const from = fmtCount(tier.from);
  const to = parseDecimal(tier.to ?? null);
  let range: string;
  if (to === undefined) range = byUse ? l10n.t('uses {0}+', from) : l10n.t('days {0}+', from);
  else if (fmtCount(to) === from) range = byUse ? l10n.t('use {0}', from) : l10n.t('day {0}', from);
  else range = byUse ? l10n.t('uses {0}–{1}', from, fmtCount(to)) : l10n.t('days {0}–{1}', from, fmtCount(to));
  const parts: string[] = [];
  const pct = parseDecimal(tier.copayment_percentage ?? null);
  if (pct !== undefined) parts.push(`${fmtCount(pct)} %`);
  if (tier.copayment_amount !== undefined && tier.copayment_amount !== null) parts.push(fmtMoney(tier.copayment_amount));
  return `${range}: ${parts.length ? parts.join(' + ') : l10n.t('no copayment')}`;
}

/** Tiers in the order the API sends them, comma-separated. */
export function describeCopaymentTiers(kind: LimitKind, tiers: readonly CopaymentTier[], l10n: Localizer = english): string {
  return tiers.map((t) => describeCopaymentTier(kind, t, l10n)).join(', ');
}

/**
 * A limit's value in words, without its kind: "2 of 5 uses until 03/06/2026", "waiting period
 * until 01/02/2026 (30 days)", "max 300.00 € per use", "days 1–3: 0 %, days 4+: 20 %", with
 * " — blocked" when the limit blocks the service.
 */
export function limitWords(kind: LimitKind, limit: ServiceLimit, l10n: Localizer = english): string {
  const until = limit.multiplans_until_date;
  const max = limit.multiplans_limit;
  const used = limit.multiplans_limit_progress ?? 0;
  let text: string;
  switch (kind) {
    case 'usage_frequency_by_end_of_contract':
      text = until ? l10n.t('{0} of {1} uses until {2}', fmtCount(used), fmtCount(max), until) : l10n.t('{0} of {1} uses', fmtCount(used), fmtCount(max));
      break;
    case 'usage_frequency_by_period':
      text = until ? l10n.t('{0} of {1} uses this period until {2}', fmtCount(used), fmtCount(max), until) : l10n.t('{0} of {1} uses this period', fmtCount(used), fmtCount(max));
      break;
    case 'waiting_period':
      text = until ? l10n.t('waiting period until {0}', until) : l10n.t('waiting period');
      if (max !== null) text += ` ${l10n.t('({0} days)', fmtCount(max))}`;
      break;
    case 'max_cost_by_end_of_contract':
      text = until ? l10n.t('{0} of max {1} until {2}', fmtMoney(used), fmtMoney(max), until) : l10n.t('{0} of max {1}', fmtMoney(used), fmtMoney(max));
      break;
    case 'max_cost_by_period':
      text = until ? l10n.t('{0} of max {1} this period until {2}', fmtMoney(used), fmtMoney(max), until) : l10n.t('{0} of max {1} this period', fmtMoney(used), fmtMoney(max));
      break;
    case 'max_cost_by_use':
      text = l10n.t('max {0} per use', fmtMoney(max));
      break;
    case 'copayment':
      text = l10n.t('copayment {0} per use', fmtMoney(max));
      break;
    case 'variable_copayment_by_days_of_current_service_request':
    case 'variable_copayment_by_usage_by_period':
    case 'variable_copayment_by_accumulated_days_by_period': {
      const tiers = limit.copayment_tiers ?? [];
      text = tiers.length ? describeCopaymentTiers(kind, tiers, l10n) : l10n.t('no tiers');
      break;
    }
  }
  return limit.block_service ? `${text} — ${l10n.t('blocked')}` : text;
}

/**
 * One line of English for a limit, standing alone (logs, API errors): the words of `limitWords`,
 * prefixed with the kind for variable copayments, whose tiers say nothing without it.
 */
export function describeLimit(kind: LimitKind, limit: ServiceLimit | null | undefined): string {
  if (!limit) return 'no limit';
  const words = limitWords(kind, limit);
  return kind.startsWith('variable_copayment_') ? `${limitKindLabel(kind).toLowerCase()}: ${words}` : words;
}

/** The configured (non-null) limits of a service, in the API's order. */
export function limitEntries(limits: ServiceLimits | null | undefined): [LimitKind, ServiceLimit][] {
  if (!limits) return [];
  const out: [LimitKind, ServiceLimit][] = [];
  for (const kind of LIMIT_KINDS) {
    const l = limits[kind];
    if (l) out.push([kind, l]);
  }
  return out;
}

/** Every configured limit as a line of text; empty when the service has no limits. */
export function describeLimits(limits: ServiceLimits | null | undefined): string[] {
  return limitEntries(limits).map(([kind, l]) => describeLimit(kind, l));
}

/** Root flag first (the API's quick check), then any single blocking limit. */
export function isServiceBlocked(limits: ServiceLimits | null | undefined): boolean {
  if (!limits) return false;
  return limits.block_service || limitEntries(limits).some(([, l]) => l.block_service);
}

/** "Gerardo Valencia Mateo": new name fields first, the deprecated ones only as a fallback. */
export function contractHolderName(c: Pick<Contract, 'first_name' | 'last_name' | 'surname' | 'second_surname'>): string {
  const last = c.last_name ?? ([c.surname, c.second_surname].filter(Boolean).join(' ') || null);
  return [c.first_name, last].filter(Boolean).join(' ');
}

/** Requester name from `user_first_name`/`user_last_name`, falling back to deprecated `user_full_name`. */
export function serviceRequestUserName(sr: Pick<ServiceRequest, 'user_first_name' | 'user_last_name' | 'user_full_name'>): string {
  const modern = [sr.user_first_name, sr.user_last_name].filter(Boolean).join(' ');
  return modern || sr.user_full_name || '';
}

/** Coordinates as numbers, or undefined when either is missing or not a decimal. */
export function coordinates(lat: string | number | null | undefined, lon: string | number | null | undefined): { lat: number; lon: number } | undefined {
  const a = parseDecimal(lat);
  const b = parseDecimal(lon);
  return a === undefined || b === undefined ? undefined : { lat: a, lon: b };
}
