/**
 * Impostors: generic fake solutions that must score 0 on every graded function, so that no
 * hidden check can be satisfied by faking (a check that only looks at shapes, that reads a
 * number the code reports about itself, or that any answer of the right structure passes).
 * `dlc prove` grades them beside the mutants.
 *
 * - `first-argument`: returns its first argument;
 * - `zeros`, `ones`, `constant`: the reference's answer with every number replaced by 0, 1 or
 *   0.5 (same structure, shapes and dtypes);
 * - `remembered`: the reference's answer to the first call ever made (the first call itself
 *   gets the zeros of its answer): an answer to a different call;
 * - `previous`: the reference's answer to the previous call's input (first call: zeros);
 * - `src:<module>#<export>`: a function the course's `src/` exports, of a compatible arity,
 *   under the graded function's name: given code must not be an answer.
 *
 * An impostor whose answer to a call is the reference's own (the zeros of a zero
 * initialisation, an answer remembered from an identical earlier call) forfeits that call: it
 * throws, the check scores it nothing, and `dlc prove` prints a note.
 *
 * One grading run per impostor kind replaces every graded module at once (hidden checks call
 * only the function they grade, `callOther` is not used), each wrapper calling a pristine
 * copy of the reference (`NN-slug/__reference__.<module>`, its own imports rewritten to the
 * pristine copies), so a function's checks see its impostor and the reference elsewhere.
 *
 * A run has `IMPOSTOR_BUDGET_MS` (30 s, 6-8 times what the references of a whole course take),
 * not a student's 180 s: given code that trains (a src/ `model`) answers every call slowly, times
 * out check after check and once spent the whole 180 s in a single run; the checks a run leaves
 * undone count as failed, as they would for a student at the budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { allFunctions, type Course } from "@dlc/student-kit/src/course/define-course.ts";
import { grade } from "./grade.ts";
import type { GradeReport } from "./report.ts";

export const IMPOSTOR_KINDS = [
  "first-argument",
  "zeros",
  "ones",
  "constant",
  "remembered",
  "previous",
] as const;
export type ImpostorKind = (typeof IMPOSTOR_KINDS)[number];

const REFERENCE_PREFIX = "__reference__.";
/** the time budget of one impostor run, ms (see the module's doc) */
export const IMPOSTOR_BUDGET_MS = 30_000;

/** what an impostor throws when its answer is the reference's own (it forfeits that call) */
export const COINCIDES = "impostor coincides with the reference";

/** `02-logistic-regression/propagate.ts` → `02-logistic-regression/__reference__.propagate.ts` */
export function referencePath(module: string): string {
  const at = module.lastIndexOf("/");
  return `${module.slice(0, at + 1)}${REFERENCE_PREFIX}${module.slice(at + 1)}`;
}

/**
 * The solution's source with its relative imports of other exercise modules pointed at their
 * pristine copies (`./linear-forward.ts` → `./__reference__.linear-forward.ts`); imports of
 * the course's `src/` and of packages stay.
 */
export function pristineSource(source: string): string {
  return source.replace(
    /(from\s+["'])(\.{1,2}\/(?:[^"']*\/)?)([^/"']+\.ts)(["'])/g,
    (all, open: string, dir: string, file: string, close: string) =>
      /(^|\/)src\/$/.test(dir) || dir.includes("/src/")
        ? all
        : `${open}${dir}${REFERENCE_PREFIX}${file}${close}`,
  );
}

/** What every impostor wrapper shares: answers shaped like the reference's, filled in. */
const RUNTIME = `
import * as tf from "@tensorflow/tfjs";
const fill = (v, value) => {
  if (v instanceof tf.Tensor) return tf.fill(v.shape, value, v.dtype === "int32" ? "int32" : v.dtype === "bool" ? "bool" : "float32");
  if (typeof v === "number") return value;
  if (typeof v === "boolean") return value !== 0;
  if (typeof v === "string") return "";
  if (Array.isArray(v)) return v.map((x) => fill(x, value));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, value)]));
  return v;
};
const keep = (v) => {
  if (v instanceof tf.Tensor) return tf.keep(v.clone());
  if (Array.isArray(v)) return v.map(keep);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keep(x)]));
  return v;
};
const then = (v, f) => (v && typeof v.then === "function" ? v.then(f) : f(v));
const same = (a, b) => {
  if (a instanceof tf.Tensor || b instanceof tf.Tensor) {
    if (!(a instanceof tf.Tensor && b instanceof tf.Tensor) || a.dtype !== b.dtype) return false;
    if (a.shape.join() !== b.shape.join()) return false;
    const x = a.dataSync(), y = b.dataSync();
    return x.every((v, i) => v === y[i]);
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && typeof a === "object") {
    if (!b || typeof b !== "object") return false;
    const k = Object.keys(a);
    return k.length === Object.keys(b).length && k.every((key) => same(a[key], b[key]));
  }
  return Object.is(a, b);
};
// an impostor whose answer is the reference's own (the zeros of initializeWithZeros, the answer
// remembered from an identical earlier call, a function of no arguments) is no impostor on that
// call: it forfeits (the check it is in scores it nothing, and prove prints a note)
const fake = (answer, out) => {
  if (same(answer, out)) throw new Error("${COINCIDES}");
  return answer;
};
`;

function wrapperBody(kind: ImpostorKind, fn: string, ref: string): string {
  switch (kind) {
    case "first-argument":
      return `export function ${fn}(...args) { return then(${ref}.${fn}(...args), (out) => fake(args[0], out)); }`;
    case "zeros":
    case "ones":
    case "constant": {
      const value = kind === "zeros" ? 0 : kind === "ones" ? 1 : 0.5;
      return `export function ${fn}(...args) { return then(${ref}.${fn}(...args), (out) => fake(fill(out, ${value}), out)); }`;
    }
    case "remembered":
      return `let first;
export function ${fn}(...args) {
  return then(${ref}.${fn}(...args), (out) => {
    if (first === undefined) { first = keep(out); return fake(fill(out, 0), out); }
    return fake(first, out);
  });
}`;
    case "previous":
      return `let previous;
export function ${fn}(...args) {
  return then(${ref}.${fn}(...args), (out) => {
    const answer = previous === undefined ? fill(out, 0) : previous;
    previous = keep(out);
    return fake(answer, out);
  });
}`;
  }
}

export interface GradedModule {
  /** `02-logistic-regression/propagate.ts` */
  module: string;
  fn: string;
}

export function gradedModules(course: Course): GradedModule[] {
  return allFunctions(course).map(({ assignment, fn }) => ({
    module: `${assignment.slug}/${fn.module}`,
    fn: fn.name,
  }));
}

/** Pristine copies of every solution module, for the wrappers to call. */
export function referenceFiles(courseDir: string, course: Course): Record<string, string> {
  const files: Record<string, string> = {};
  for (const assignment of course.assignments) {
    const dir = join(courseDir, "solutions", assignment.slug);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
      const module = `${assignment.slug}/${name}`;
      files[referencePath(module)] = pristineSource(readFileSync(join(dir, name), "utf8"));
    }
  }
  return files;
}

/** The wrapper module replacing `module` for one impostor kind (its other exports kept). */
export function impostorSource(kind: ImpostorKind, { module, fn }: GradedModule): string {
  const ref = `./${basename(referencePath(module))}`;
  return `${RUNTIME}
import * as reference from "${ref}";
export * from "${ref}";
${wrapperBody(kind, fn, "reference")}
`;
}

/** A wrapper answering as `src/<file>`'s export `name`, under the graded function's name. */
export function srcImpostorSource(
  file: string,
  name: string,
  { module, fn }: GradedModule,
): string {
  const ref = `./${basename(referencePath(module))}`;
  const depth = module.split("/").length; // NN-slug/module.ts → ../src from the assignment folder
  const src = `${"../".repeat(depth)}src/${file}`;
  return `import { ${name} as given } from "${src}";
export * from "${ref}";
export { given as ${fn} };
`;
}

export interface ImpostorOutcome {
  /** the impostor's label: `zeros`, `src:planar-data.ts#loadPlanarDataset` */
  impostor: string;
  module: string;
  fn: string;
  points: number;
  max: number;
  /** the ids of the checks it passed */
  passed: string[];
  /** the ids of the checks where its answer was the reference's own (it forfeited those) */
  coincided: string[];
}

function outcomes(report: GradeReport, impostors: Map<string, string>): ImpostorOutcome[] {
  return report.assignments.flatMap((a) =>
    a.functions
      .filter((f) => impostors.has(f.module))
      .map((f) => ({
        impostor: impostors.get(f.module)!,
        module: f.module,
        fn: f.name,
        points: f.points,
        max: f.max,
        passed: f.checks.filter((c) => c.status === "passed").map((c) => c.id),
        coincided: f.checks.filter((c) => c.message.includes(COINCIDES)).map((c) => c.id),
      })),
  );
}

/** A function's parameter count as declared (`.length` stops at the first default). */
export function declaredParameters(f: (...a: never[]) => unknown): number {
  const text = Function.prototype.toString.call(f);
  const open = text.indexOf("(");
  if (open < 0) return f.length;
  let depth = 0;
  let count = 0;
  let any = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      depth--;
      if (depth === 0) break;
    } else if (depth === 1 && c === ",") count++;
    else if (depth >= 1 && !/\s/.test(c)) any = true;
  }
  return any ? count + 1 : 0;
}

/** The hidden checks files (course-relative) that use `callOther`. */
export function checksCallingOthers(courseDir: string): string[] {
  const dir = join(courseDir, "hidden");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && /\bcallOther\s*\(/.test(readFileSync(join(dir, f), "utf8")))
    .map((f) => `hidden/${f}`)
    .sort();
}

/** Every function `src/` exports (tests aside), as `[file, name, function]`. */
async function srcExports(
  courseDir: string,
): Promise<[string, string, (...a: never[]) => unknown][]> {
  const dir = join(courseDir, "src");
  if (!existsSync(dir)) return [];
  const found: [string, string, (...a: never[]) => unknown][] = [];
  for (const file of readdirSync(dir)
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))
    .sort()) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module).sort(([a], [b]) => a.localeCompare(b)))
      if (typeof value === "function" && !/^class\b/.test(Function.prototype.toString.call(value)))
        found.push([file, name, value as (...a: never[]) => unknown]);
  }
  return found;
}

/**
 * Grades every impostor kind over the whole course (one run each) and every compatible `src/`
 * export (one run per slot: run j gives each graded function its j-th candidate).
 */
export async function gradeImpostors(
  options: { courseDir: string; course: Course; seed: number },
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImpostorOutcome[]> {
  const { courseDir, course, seed } = options;
  const callers = checksCallingOthers(courseDir);
  if (callers.length > 0)
    throw new Error(
      `impostors are graded all at once, which assumes no hidden check calls callOther (it would meet another function's impostor); ${callers.join(", ")} do: route callOther to the pristine references first`,
    );
  const modules = gradedModules(course);
  const references = referenceFiles(courseDir, course);
  const solutions = new Map<string, (...a: never[]) => unknown>();
  for (const m of modules) {
    const exported = (
      (await import(pathToFileURL(join(courseDir, "solutions", m.module)).href)) as Record<
        string,
        unknown
      >
    )[m.fn];
    if (typeof exported === "function")
      solutions.set(m.module, exported as (...a: never[]) => unknown);
  }
  const given = await srcExports(courseDir);
  const candidates = new Map(
    modules.map((m) => {
      const arity = declaredParameters(solutions.get(m.module) ?? (() => {}));
      return [
        m.module,
        given.filter(([, , f]) => f.length <= arity && (f.length > 0 || arity === 0)),
      ] as const;
    }),
  );
  const slots = Math.max(0, ...[...candidates.values()].map((c) => c.length));
  const runs: {
    label: (m: GradedModule) => string | undefined;
    source: (m: GradedModule) => string | undefined;
  }[] = [
    ...IMPOSTOR_KINDS.map((kind) => ({
      label: () => kind,
      source: (m: GradedModule) => impostorSource(kind, m),
    })),
    ...Array.from({ length: slots }, (_, j) => ({
      label: (m: GradedModule) => {
        const c = candidates.get(m.module)?.[j];
        return c && `src:${c[0]}#${c[1]}`;
      },
      source: (m: GradedModule) => {
        const c = candidates.get(m.module)?.[j];
        return c && srcImpostorSource(c[0], c[1], m);
      },
    })),
  ];
  const results: ImpostorOutcome[] = [];
  for (const [i, run] of runs.entries()) {
    const overrides: Record<string, string> = {};
    const labels = new Map<string, string>();
    for (const m of modules) {
      const source = run.source(m);
      const label = run.label(m);
      if (source === undefined || label === undefined) continue;
      overrides[m.module] = source;
      labels.set(m.module, label);
    }
    if (labels.size === 0) continue;
    const report = await grade({
      courseDir,
      course,
      courseVersion: "impostor",
      submission: join(courseDir, "solutions"),
      seed,
      overrides,
      extraFiles: references,
      only: new Set(labels.keys()),
      budgetMs: IMPOSTOR_BUDGET_MS,
    });
    results.push(...outcomes(report, labels));
    onProgress(i + 1, runs.length);
  }
  return results;
}
