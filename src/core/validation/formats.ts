// JSON Schema `format`s: which ones validation knows (ajv-formats, draft 2020-12), how each reads
// in a message ("an email address"), and a value that satisfies it (scaffolds, quick fixes). An
// unknown format is ignored by validation (the specification's rule) and reported by lint.
import { english, type Localizer } from '../l10n';

/** The formats ajv-formats asserts (draft 2020-12 list plus ajv's extras). */
export const KNOWN_FORMATS: readonly string[] = [
  'date',
  'time',
  'date-time',
  'iso-time',
  'iso-date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'json-pointer-uri-fragment',
  'relative-json-pointer',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
];

/** Formats of the specification ajv-formats does not implement: annotations only, not unknown. */
const ANNOTATION_ONLY: readonly string[] = ['idn-email', 'idn-hostname', 'iri', 'iri-reference'];

export function isKnownFormat(format: string): boolean {
  return KNOWN_FORMATS.includes(format) || ANNOTATION_ONLY.includes(format);
}

/** "an email address" — what a value of this format is, for "must be …" messages. */
export function formatWords(format: string, l10n: Localizer = english): string {
  switch (format) {
    case 'date-time':
      return l10n.t('an ISO 8601 date-time with time zone, like "2025-01-31T10:00:00Z"');
    case 'iso-date-time':
      return l10n.t('an ISO 8601 date-time, like "2025-01-31T10:00:00"');
    case 'date':
      return l10n.t('a date as yyyy-mm-dd, like "2025-01-31"');
    case 'time':
    case 'iso-time':
      return l10n.t('a time with time zone, like "10:00:00Z"');
    case 'email':
      return l10n.t('an email address');
    case 'uri':
    case 'url':
      return l10n.t('an absolute URI, like "https://example.com/x"');
    case 'uri-reference':
      return l10n.t('a URI reference');
    case 'uuid':
      return l10n.t('a UUID, like "4833979c-e045-46a9-9b1e-412d19294237"');
    case 'ipv4':
      return l10n.t('an IPv4 address');
    case 'ipv6':
      return l10n.t('an IPv6 address');
    case 'hostname':
      return l10n.t('a host name');
    case 'duration':
      return l10n.t('an ISO 8601 duration, like "P1D"');
    case 'regex':
      return l10n.t('a regular expression');
    default:
      return l10n.t('in the format "{0}"', format);
  }
}

/** A value that satisfies the format (undefined when none is known). */
export function formatExample(format: string): string | undefined {
  switch (format) {
    case 'date-time':
    case 'iso-date-time':
      return '2025-01-31T10:00:00Z';
    case 'date':
      return '2025-01-31';
    case 'time':
    case 'iso-time':
      return '10:00:00Z';
    case 'email':
    case 'idn-email':
      return 'maria.garcia@example.com';
    case 'uri':
    case 'url':
    case 'iri':
      return 'https://example.com/';
    case 'uri-reference':
    case 'iri-reference':
      return '/documents/1';
    case 'uri-template':
      return 'https://example.com/{id}';
    case 'uuid':
      return '4833979c-e045-46a9-9b1e-412d19294237';
    case 'ipv4':
      return '192.0.2.10';
    case 'ipv6':
      return '2001:db8::10';
    case 'hostname':
    case 'idn-hostname':
      return 'example.com';
    case 'duration':
      return 'P1D';
    case 'regex':
      return '^[A-Z]+$';
    case 'json-pointer':
      return '/a/b';
    case 'relative-json-pointer':
      return '0/a';
    case 'byte':
      return 'aGVsbG8=';
    default:
      return undefined;
  }
}
