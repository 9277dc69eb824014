/**
 * "Did you mean …?": the names closest to a mistyped one, for every tool that
 * takes a name (test filters, `dlc hint`). Containment first (`logistic` →
 * `02-logistic-regression`), then edit distance within a third of the length.
 */

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let row = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const next = [i];
    for (let j = 1; j <= t.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[t.length]!;
}

/**
 * How far `wanted` is from being a start of `name` or of one of its words
 * (`02-logistc` is 1 from `02-logistic-regression`, `regresion` 1 from it too).
 */
export function prefixDistance(wanted: string, name: string): number {
  const starts = [0, ...[...name].flatMap((ch, i) => (/[-_/ ]/.test(ch) ? [i + 1] : []))];
  let best = editDistance(wanted, name);
  for (const start of starts) {
    for (const len of [wanted.length - 1, wanted.length, wanted.length + 1]) {
      if (len <= 0) continue;
      best = Math.min(best, editDistance(wanted, name.slice(start, start + len)));
    }
  }
  return best;
}

/** Up to `max` of `names` closest to `wanted`, none when nothing is close. */
export function closest(wanted: string, names: readonly string[], max = 3): string[] {
  const unique = [...new Set(names)];
  const w = wanted.toLowerCase();
  const containing = unique.filter(
    (n) => n.toLowerCase().includes(w) || (n.length >= 3 && w.includes(n.toLowerCase())),
  );
  if (containing.length > 0) return containing.slice(0, max);
  const ranked = unique
    .map((name) => ({ name, d: prefixDistance(wanted, name) }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name));
  return ranked
    .filter((r) => r.d <= Math.min(3, Math.max(1, Math.floor(wanted.length / 4))))
    .slice(0, max)
    .map((r) => r.name);
}

/** `(did you mean a, b or c?)`, or "" when there is nothing to suggest. */
export function didYouMean(options: readonly string[]): string {
  if (options.length === 0) return "";
  const list =
    options.length === 1
      ? options[0]
      : `${options.slice(0, -1).join(", ")} or ${options[options.length - 1]}`;
  return ` (did you mean ${list}?)`;
}
