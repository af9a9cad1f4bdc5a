// A new fill file for one template version: the binding, the request members with their defaults
// and `fields_values` with example values that satisfy the structure. "New Fill File…" in the
// editor and `mok scaffold` both write this.
import type { TemplateVersionDetail } from '../models/documents';
import { parseTemplateVersion } from '../models/documents';
import type { SchemaValidator } from '../validation/ajv';
import { exampleData } from './example';

export interface ScaffoldOptions {
  /** Write `minor` into the binding (validate against this minor rather than the latest). */
  pinMinor?: boolean;
  /** Write `org` into the binding. */
  org?: string;
  /** Default: the version's default language. */
  language?: string;
  /** Default: `<external_id>_<yyyymmdd>`. */
  documentName?: string;
  now?: Date;
}

export interface Scaffold {
  value: Record<string, unknown>;
  text: string;
  /** False when the structure is so defective no example passes (the file says what fails). */
  valid: boolean;
}

export function scaffoldFillFile(detail: TemplateVersionDetail, validator: SchemaValidator, options: ScaffoldOptions = {}): Scaffold {
  const version = parseTemplateVersion(detail.version);
  const now = options.now ?? new Date();
  const stamp = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  const template: Record<string, unknown> = { external_id: detail.external_id, major: version?.major ?? 1 };
  if (options.pinMinor && version) template['minor'] = version.minor;
  if (options.org) template['org'] = options.org;
  const example = exampleData(detail.structure, validator);
  const value = {
    template,
    language: options.language ?? detail.default_language,
    document: { name: options.documentName ?? `${detail.external_id}_${stamp}`, tags: [] },
    fill_priority: 'low',
    fields_values: example.value,
  };
  return { value, text: `${JSON.stringify(value, null, 2)}\n`, valid: example.valid };
}
