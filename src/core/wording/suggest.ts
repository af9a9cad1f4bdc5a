// "Did you mean …?": the closest candidate to a misspelt key, enum value or operation id. Case and
// separators first (template fields differ in case: `customer` vs `CUSTOMER`), then small typos
// by edit distance (`servce_name` → `service_name`).

/** Keys differing only in case, `_`, `-` or spaces. */
function loose(s: string): string {
  return s.toLowerCase().replace(/[_\-\s]/g, '');
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1] ?? 0;
}

/**
 * The candidate the user most likely meant, or undefined when none is close: exact match ignoring
 * case, then ignoring separators, then the smallest edit distance within about a quarter of the
 * word's length (at least 1, at most 3; none for words under 4 characters). Ties keep the
 * candidate listed first.
 */
export function closest(wrong: string, candidates: readonly string[]): string | undefined {
  const others = candidates.filter((c) => c !== wrong);
  const lower = wrong.toLowerCase();
  const ci = others.find((c) => c.toLowerCase() === lower);
  if (ci !== undefined) return ci;
  const l = loose(wrong);
  const lc = others.find((c) => loose(c) === l);
  if (lc !== undefined) return lc;
  // Short words are too easily "one edit away" from anything: only case/separators for them.
  if (wrong.length < 4) return undefined;
  const max = Math.min(3, Math.max(1, Math.floor(wrong.length / 4)));
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of others) {
    const d = editDistance(loose(wrong), loose(c), bestD);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** Only a difference of case or separators (what "did you mean" can fix without guessing). */
export function sameLoosely(a: string, b: string): boolean {
  return loose(a) === loose(b);
}
