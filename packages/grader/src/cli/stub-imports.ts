/**
 * A stub must run once its body is written the obvious way: whatever the
 * solution's body uses at run time (`tf.exp`, a sibling `sigmoid`) the stub
 * already imports as a value. A stub that imports `tf` as a type only compiles,
 * and then fails at run time with `tf is not defined`.
 *
 * How: esbuild strips a TypeScript module's imports that are used only as types,
 * so the solution compiled normally keeps exactly the value imports its body
 * uses; the stub compiled with `verbatimModuleSyntax` keeps every value import it
 * declares. Every binding of the first must be in the second (same module, same
 * imported name, same local name). Fast (a transform per file, no type check)
 * and independent of how the imports are formatted.
 */
import { transformSync } from "esbuild";

/** One imported value: `*` for a namespace, `default` for a default import. */
export interface ImportBinding {
  from: string;
  imported: string;
  local: string;
}

const key = (b: ImportBinding) => `${b.from}|${b.imported}|${b.local}`;

/** The value bindings of esbuild's output (one normalised `import … from "…";` per statement). */
function bindingsOf(js: string): ImportBinding[] {
  const out: ImportBinding[] = [];
  for (const m of js.matchAll(/^import\s+([^"';]*?)\s+from\s+"([^"]+)";?/gm)) {
    const [, clause = "", from = ""] = m;
    const named = /\{([^}]*)\}/.exec(clause)?.[1];
    const rest = clause
      .replace(/\{[^}]*\}/, "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const part of rest) {
      const ns = /^\*\s+as\s+(\S+)$/.exec(part);
      out.push(
        ns ? { from, imported: "*", local: ns[1]! } : { from, imported: "default", local: part },
      );
    }
    for (const item of (named ?? "").split(",").map((s) => s.trim())) {
      if (!item) continue;
      const [imported, local = imported] = item.split(/\s+as\s+/);
      out.push({ from, imported: imported!, local: local! });
    }
  }
  return out;
}

function compile(source: string, verbatim: boolean, file: string): string {
  return transformSync(source, {
    loader: "ts",
    format: "esm",
    sourcefile: file,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: verbatim } },
  }).code;
}

/** The value imports `solution`'s code uses at run time. */
export function usedValueImports(solution: string, file = "solution.ts"): ImportBinding[] {
  return bindingsOf(compile(solution, false, file));
}

/** Every value import `stub` declares (type-only ones excluded). */
export function declaredValueImports(stub: string, file = "stub.ts"): ImportBinding[] {
  return bindingsOf(compile(stub, true, file));
}

/** The value imports the solution's body needs and the stub lacks, as import lines to add. */
export function missingImports(stub: string, solution: string): string[] {
  const declared = new Set(declaredValueImports(stub).map(key));
  return usedValueImports(solution)
    .filter((b) => !declared.has(key(b)))
    .map((b) =>
      b.imported === "*"
        ? `import * as ${b.local} from "${b.from}"`
        : b.imported === "default"
          ? `import ${b.local} from "${b.from}"`
          : `import { ${b.imported === b.local ? b.local : `${b.imported} as ${b.local}`} } from "${b.from}"`,
    );
}
