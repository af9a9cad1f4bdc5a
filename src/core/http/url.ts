// URL checks every edge shares (CLI flags, editor input boxes, settings): kept apart from the
// undici transport so the extension's activation bundle can use them.

/** An absolute http: or https: URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
