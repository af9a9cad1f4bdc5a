// JSON pointers (RFC 6901): how every problem names its place in a document, whatever found it
// (syntax, zod, ajv, the API, lint), and how the editor and the CLI find that place again.

export function escapePointerSegment(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/a/b~1c` → `['a', 'b/c']`; `''` and `'#'` are the root. A `#` prefix (URI fragment) is allowed. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `['service_request', 'service_id']` → `/service_request/service_id`. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${escapePointerSegment(String(p))}`).join('');
}

/** `service_request.service_id`, `contracts[0].email`, `/a/b` → a pointer (how APIs name fields). */
export function pointerFromFieldPath(field: string): string {
  if (field.startsWith('/')) return field;
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  return toPointer(parts);
}

/** `/service_request/service_id` → `service_request.service_id` (`contracts[0].email` for indexes). */
export function fieldPathOf(pointer: string): string {
  return parsePointer(pointer)
    .map((s, i) => (/^(0|[1-9]\d*)$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

/** The last segment of a pointer (the key or index it names), or '' for the root. */
export function lastSegment(pointer: string): string {
  const segs = parsePointer(pointer);
  return segs[segs.length - 1] ?? '';
}

/** The pointer of the parent, '' for children of the root. */
export function parentPointer(pointer: string): string {
  return toPointer(parsePointer(pointer).slice(0, -1));
}

/** The value a pointer names in `root`, or undefined. Own properties only (no `__proto__` lookups). */
export function valueAt(root: unknown, pointer: string | readonly string[]): unknown {
  let node: unknown = root;
  for (const seg of typeof pointer === 'string' ? parsePointer(pointer) : pointer) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(seg)) return undefined;
      node = node[Number(seg)];
    } else if (node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, seg)) {
      node = (node as Record<string, unknown>)[seg];
    } else {
      return undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}
