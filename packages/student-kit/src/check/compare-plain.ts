/**
 * Comparing plain data (numbers, strings, booleans, arrays, objects): the answers of
 * functions that return no tensors (Course 3's metrics, tallies, splits and searches).
 * Every mismatch is named by its path, e.g.
 * `tallyErrors(…).categories.foggy.shareOfDev is 0.2, expected 0.02`.
 */
import { CheckError, describeValue } from "./compare.ts";

/** A leaf as a student wrote it: numbers as they are, strings quoted. */
function showLeaf(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  return describeValue(value);
}

/**
 * Asserts `actual` has the structure of `expected` (same array lengths, at least its keys)
 * with numbers within `atol + rtol·|expected|` (NaN matches NaN) and every other leaf equal.
 * Extra keys in `actual` are allowed; use `expectKeys` to forbid them.
 */
export function expectPlain(
  what: string,
  actual: unknown,
  expected: unknown,
  { rtol = 1e-9, atol = 1e-12 } = {},
): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number")
      throw new CheckError(`${what} should be a number, got ${describeValue(actual)}`);
    const ok = Number.isNaN(expected)
      ? Number.isNaN(actual)
      : Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
    if (!ok) throw new CheckError(`${what} is ${actual}, expected ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      throw new CheckError(
        `${what} should be ${describeValue(expected)}, got ${describeValue(actual)}`,
      );
    if (actual.length !== expected.length)
      throw new CheckError(`${what} has ${actual.length} entries, expected ${expected.length}`);
    for (const [i, e] of expected.entries())
      expectPlain(`${what}[${i}]`, actual[i], e, { rtol, atol });
    return;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual))
      throw new CheckError(`${what} should be an object, got ${describeValue(actual)}`);
    const record = actual as Record<string, unknown>;
    const missing = Object.keys(expected).filter((k) => !(k in record));
    if (missing.length)
      throw new CheckError(
        `${what} is missing ${missing.join(", ")} (it has ${Object.keys(record).join(", ") || "no keys"})`,
      );
    for (const [key, e] of Object.entries(expected)) {
      const path = /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${what}.${key}`
        : `${what}[${JSON.stringify(key)}]`;
      expectPlain(path, record[key], e, { rtol, atol });
    }
    return;
  }
  if (actual !== expected)
    throw new CheckError(`${what} is ${showLeaf(actual)}, expected ${showLeaf(expected)}`);
}
