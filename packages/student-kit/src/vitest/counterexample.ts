/**
 * fast-check prints a failing property's inputs as one array, `Counterexample: [1,1,2,0]`;
 * a student cannot tell which number is `m`. This names them from the test's own source:
 * the parameters of the callback that follows the test's name,
 * `test.prop([…])("its name", (nPrev, n, m, seed) => …)` →
 * `Counterexample: nPrev = 1, n = 1, m = 2, seed = 0`.
 */

/** Splits `text` at the commas outside brackets, braces, parentheses and strings. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

/**
 * The parameter names of the property callback of the test named `testName` in
 * `source`, or undefined when they cannot be read (then the message stays as it was).
 */
export function propertyParameters(source: string, testName: string): string[] | undefined {
  // @fast-check/vitest appends the seed to the name vitest reports
  const name = testName.replace(/ \(with seed=-?\d+\)$/, "");
  const literals = [JSON.stringify(name), `'${name}'`, `\`${name}\``];
  for (const literal of literals) {
    const at = source.indexOf(literal);
    if (at < 0) continue;
    const rest = source.slice(at + literal.length);
    const m =
      /^\s*,\s*(?:async\s+)?(?:function\b[^(]*)?\(([^)]*)\)/.exec(rest) ??
      /^\s*,\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(rest);
    if (!m) return undefined;
    const params = splitTopLevel(m[1]!).map((p) => p.replace(/[:=][\s\S]*$/, "").trim());
    return params.length > 0 && params.every((p) => /^[A-Za-z_$][\w$]*$/.test(p))
      ? params
      : undefined;
  }
  return undefined;
}

/** `Counterexample: [1,2]` with `names` → `Counterexample: n = 1, m = 2`; unchanged if they do not fit. */
export function nameCounterexample(line: string, names: string[] | undefined): string {
  const m = /^Counterexample: \[([\s\S]*)\]\s*$/.exec(line);
  if (!m || !names) return line;
  const values = splitTopLevel(m[1]!);
  if (values.length !== names.length) return line;
  return `Counterexample: ${names.map((n, i) => `${n} = ${values[i]}`).join(", ")}`;
}
