/**
 * Comparing plain data (numbers, strings, arrays, objects) for the strategy assignments,
 * whose functions return no tensors: every mismatch is named by its path, e.g.
 * `tallyErrors(…).categories.foggy.shareOfDev is 0.2, expected 0.02`.
 */
import { CheckError } from "@dlc/grader/check";

function show(value: unknown): string {
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value);
  return `${typeof value === "number" ? "" : `${typeof value} `}${String(value)}`;
}

/**
 * Asserts `actual` has the structure of `expected` (same array lengths, at least its keys)
 * with numbers within `atol + rtol·|expected|` and everything else equal.
 */
export function expectPlain(
  what: string,
  actual: unknown,
  expected: unknown,
  { rtol = 1e-9, atol = 1e-12 } = {},
): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number")
      throw new CheckError(`${what} should be a number, got ${show(actual)}`);
    const ok = Number.isNaN(expected)
      ? Number.isNaN(actual)
      : Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
    if (!ok) throw new CheckError(`${what} is ${actual}, expected ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      throw new CheckError(`${what} should be ${show(expected)}, got ${show(actual)}`);
    if (actual.length !== expected.length)
      throw new CheckError(`${what} has ${actual.length} entries, expected ${expected.length}`);
    for (const [i, e] of expected.entries())
      expectPlain(`${what}[${i}]`, actual[i], e, { rtol, atol });
    return;
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual))
      throw new CheckError(`${what} should be an object, got ${show(actual)}`);
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
    throw new CheckError(`${what} is ${show(actual)}, expected ${show(expected)}`);
}

/** Asserts an object's keys are exactly `keys` (in any order): no category missing, none invented. */
export function expectKeys(what: string, actual: unknown, keys: string[]): void {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(`${what} should be an object, got ${show(actual)}`);
  const have = Object.keys(actual).sort();
  const want = [...keys].sort();
  if (have.join("\u0000") !== want.join("\u0000"))
    throw new CheckError(
      `${what} has the keys [${have.join(", ")}], expected [${want.join(", ")}]`,
    );
}
