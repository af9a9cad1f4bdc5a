// JSON-aware comparison of two answers: both sides pretty-printed with keys sorted, so a diff
// shows what changed in the data, not key order or spacing; text that is not JSON stays as is.

/** Pretty JSON with object keys sorted at every level; `text` unchanged when it is not JSON. */
export function normalizedJson(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
