/**
 * Grading one submission (design.md, "the protocol"): copy, build, start a sandbox,
 * run every hidden check of every graded function, score. The report is built up
 * front with every check `not-run`, so a run cut short still has a truthful report.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { RandomState } from "@dlc/student-kit/src/check/random-state.ts";
import { useWasmBackend } from "@dlc/student-kit/src/check/tf.ts";
import { allFunctions, type Course } from "@dlc/student-kit/src/course/define-course.ts";
import * as tf from "@tensorflow/tfjs";
import {
  buildChild,
  buildHarnesses,
  buildModules,
  copySubmission,
  dependencyPaths,
} from "./build.ts";
import { type Check, checkSeed, type FunctionChecks, runProperty } from "./checks.ts";
import { type CheckResult, type GradeReport, REPORT_SCHEMA, total } from "./report.ts";
import { Sandbox, SandboxFailure, SandboxStartError } from "./sandbox/sandbox.ts";

export interface GradeOptions {
  courseDir: string;
  course: Course;
  courseVersion: string;
  /** the folder to grade: shaped like exercises/, or a course package holding one */
  submission: string;
  /** how the submission is named in the report (defaults to `submission`) */
  label?: string;
  seed: number;
  reveal?: boolean;
  /**
   * time limit of one check, ms, shared by its calls into the submission; when unset,
   * the check's own limit (training checks) or 10 s
   */
  timeoutMs?: number;
  memoryMb?: number;
  /** replace modules of the submission (mutants): `02-logistic-regression/propagate.ts` → source */
  overrides?: Record<string, string>;
  /** files added to the submission's copy, by relative path (impostors' pristine references) */
  extraFiles?: Record<string, string>;
  /** grade only these functions (`02-logistic-regression/propagate.ts` module keys) */
  only?: Set<string>;
  /** called after each check, with the report as it stands (for live output and cut-short writes) */
  onProgress?: (report: GradeReport, check: CheckResult) => void;
  /**
   * time budget of the whole submission, ms (default: `defaultBudgetMs(course)`); when it runs
   * out, the check in progress and every check after it fail as `timeout`
   */
  budgetMs?: number;
  /**
   * test only: extra flags for the sandbox's node (a bogus one makes it unable to start), and
   * `networkNamespace: false` to try the fallback where the OS offers no network namespace
   */
  sandbox?: { nodeFlags?: string[]; networkNamespace?: boolean };
}

/**
 * The default time budget of a whole submission, ms. Grading the reference solutions takes
 * 4-5 s per course on this project's loaded 2-core machine (measured: nn-basics 4.2 s,
 * improving-dnn 4.8 s, ml-strategy 4.1 s); three minutes is about 40 times that, room for an
 * honest but slow submission, while a hostile one (every module looping at load) costs at most
 * that instead of one time limit per check (88 checks of 10-30 s in nn-basics). A course
 * whose references grade slower gets its own figure in `COURSE_BUDGET_MS`.
 */
export const DEFAULT_BUDGET_MS = 180_000;
export const COURSE_BUDGET_MS: Record<string, number> = {};

export function defaultBudgetMs(course: Course): number {
  return COURSE_BUDGET_MS[course.slug] ?? DEFAULT_BUDGET_MS;
}

export const GRADER_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

/** Loads `hidden/<assignment>/<module>.checks.ts` for each graded function. */
export async function loadChecks(
  courseDir: string,
  course: Course,
): Promise<Map<string, FunctionChecks>> {
  const checks = new Map<string, FunctionChecks>();
  for (const { assignment, fn } of allFunctions(course)) {
    const key = `${assignment.slug}/${fn.module}`;
    const file = join(
      courseDir,
      "hidden",
      assignment.slug,
      fn.module.replace(/\.ts$/, ".checks.ts"),
    );
    if (!existsSync(file)) continue;
    const loaded = ((await import(pathToFileURL(file).href)) as { default: FunctionChecks })
      .default;
    if (loaded?.fn !== fn.name)
      throw new Error(`${file}: expected defineChecks("${fn.name}", …), got '${loaded?.fn}'`);
    checks.set(key, loaded);
  }
  return checks;
}

/** The report skeleton: every check listed, none run yet. */
function skeleton(options: GradeOptions, checks: Map<string, FunctionChecks>): GradeReport {
  const { course } = options;
  return {
    schema: REPORT_SCHEMA,
    grader: { version: GRADER_VERSION },
    course: { slug: course.slug, title: course.title, version: options.courseVersion },
    seed: options.seed,
    submission: options.label ?? options.submission,
    complete: false,
    points: 0,
    max: 0,
    skipped: [],
    assignments: course.assignments.map((assignment) => ({
      slug: assignment.slug,
      title: assignment.title,
      points: 0,
      max: 0,
      functions: assignment.functions
        .filter((fn) => !options.only || options.only.has(`${assignment.slug}/${fn.module}`))
        .map((fn) => ({
          name: fn.name,
          module: `${assignment.slug}/${fn.module}`,
          points: 0,
          max: 0,
          checks: (checks.get(`${assignment.slug}/${fn.module}`)?.checks ?? []).map((check) => ({
            id: `${assignment.slug.slice(0, 2)}/${fn.name}/${check.id}`,
            kind: check.kind,
            description: check.description,
            points: 0,
            max: check.points,
            status: "not-run" as const,
            message: "not run: the grading stopped before this check",
            durationMs: 0,
          })),
        })),
    })),
    generatedAt: new Date().toISOString(),
    durationMs: 0,
  };
}

export interface GradeRun {
  report: GradeReport;
  /** resolves when grading is done (or failed as a whole) */
  done: Promise<GradeReport>;
  /** stops now (the sandbox is killed); the report stays incomplete */
  cancel(): void;
}

export async function grade(options: GradeOptions): Promise<GradeReport> {
  const run = await startGrade(options);
  return run.done;
}

export async function startGrade(options: GradeOptions): Promise<GradeRun> {
  await useWasmBackend();
  const started = performance.now();
  const checks = await loadChecks(options.courseDir, options.course);
  const report = total(skeleton(options, checks));
  let cancelled = false;
  let sandbox: Sandbox | undefined;
  const done = (async () => {
    const work = mkdtempSync(join(tmpdir(), "dlc-grade-"));
    const submissionDir = join(work, "submission");
    const buildDir = join(work, "build");
    try {
      const copied = copySubmission(options.submission, submissionDir);
      report.skipped = copied.skipped;
      report.submissionHash = copied.hash;
      for (const [rel, source] of Object.entries(options.extraFiles ?? {})) {
        const path = join(submissionDir, rel);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, source);
      }
      const wanted = report.assignments.flatMap((a) => a.functions.map((f) => f.module));
      const built = await buildModules(
        {
          submissionDir,
          courseDir: options.courseDir,
          outDir: buildDir,
          overrides: options.overrides,
        },
        wanted,
      );
      // the course's own harnesses (src/*.harness.ts): a build failure there is the course's, not the student's
      const harnesses = await buildHarnesses({
        submissionDir,
        courseDir: options.courseDir,
        outDir: buildDir,
      });
      const childScript = await buildChild(buildDir);
      sandbox = new Sandbox({
        childScript,
        buildDir,
        readable: [buildDir, ...dependencyPaths().readable],
        memoryMb: options.memoryMb ?? 1024,
        nodeFlags: options.sandbox?.nodeFlags,
        noNetworkNamespace: options.sandbox?.networkNamespace === false,
      });
      report.sandbox = sandbox.protection;
      // a sandbox that cannot start before any student module loads is the grader's failure
      await sandbox.started();
      const budgetMs = options.budgetMs ?? defaultBudgetMs(options.course);
      const budget = { ms: budgetMs, deadline: started + budgetMs };
      const loads = new Map<string, Promise<SandboxFailure | undefined>>();
      const loadOnce = (module: string) => {
        let loaded = loads.get(module);
        if (!loaded) {
          loaded = loadModule(sandbox!, module, options, budget);
          loads.set(module, loaded);
        }
        return loaded;
      };
      const byName = new Map(
        report.assignments.flatMap((a) => a.functions.map((f) => [f.name, f] as const)),
      );
      for (const assignment of report.assignments) {
        for (const fn of assignment.functions) {
          const defs = checks.get(fn.module)?.checks ?? [];
          const build = built.get(fn.module);
          for (const [i, check] of defs.entries()) {
            if (cancelled) return report;
            const result = fn.checks[i]!;
            const t0 = performance.now();
            const spent = () => performance.now() >= budget.deadline;
            if (build?.error) fail(result, "build", build.error);
            else if (spent()) fail(result, "timeout", outOfBudget(budget));
            else {
              // a module whose top level never returns (or throws) costs one time limit, not one per check
              const unloadable = await loadOnce(build!.module);
              if (unloadable) fail(result, unloadable.reason, unloadable.message);
              else if (spent()) fail(result, "timeout", outOfBudget(budget));
              else
                await runCheck(
                  check,
                  result,
                  fn.name,
                  build!.module,
                  sandbox,
                  options,
                  budget,
                  harnesses,
                  async (other) => {
                    const f =
                      [...byName.values()].find(
                        (x) => x.name === other && x.module.startsWith(assignment.slug),
                      ) ?? byName.get(other);
                    const b = f && built.get(f.module);
                    if (!b || b.error)
                      throw new SandboxFailure("missing", `${other} could not be built`);
                    const failure = await loadOnce(b.module);
                    if (failure) throw failure;
                    return b.module;
                  },
                );
            }
            result.durationMs = Math.round(performance.now() - t0);
            total(report);
            options.onProgress?.(report, result);
          }
        }
      }
      report.complete = true;
      return report;
    } finally {
      sandbox?.kill();
      rmSync(work, { recursive: true, force: true });
      report.durationMs = Math.round(performance.now() - started);
      total(report);
    }
  })();
  return {
    report,
    done,
    cancel: () => {
      cancelled = true;
      sandbox?.kill();
    },
  };
}

interface Budget {
  ms: number;
  /** `performance.now()` when the budget runs out */
  deadline: number;
}

function outOfBudget(budget: Budget): string {
  return `the submission's time budget of ${budget.ms / 1000} s ran out before this check (timeout)`;
}

/**
 * Loads `module` in the sandbox (its top level runs) within one check's time limit; a
 * failure is returned, to fail every check of the module with it.
 */
async function loadModule(
  sandbox: Sandbox,
  module: string,
  options: GradeOptions,
  budget: Budget,
): Promise<SandboxFailure | undefined> {
  const limit = options.timeoutMs ?? 10_000;
  const timeoutMs = Math.max(1, Math.round(Math.min(limit, budget.deadline - performance.now())));
  const name = module.replace(/\.mjs$/, ".ts");
  try {
    await sandbox.load(module, timeoutMs);
    return undefined;
  } catch (error) {
    if (!(error instanceof SandboxFailure)) throw error;
    const why =
      error.reason === "timeout"
        ? timeoutMs < limit
          ? `the module's top level never returned before the submission's time budget of ${budget.ms / 1000} s ran out (timeout)`
          : `the module's top level never returned within ${limit / 1000} s (timeout); the process was killed`
        : error.reason === "threw"
          ? `the module's top level ${error.message}`
          : `the module's top level did not finish: ${error.message}`;
    return new SandboxFailure(
      error.reason,
      `${name}: ${why}; none of its functions could be called`,
    );
  }
}

/** The built harness module for `src/<file>` (a missing one is the check's mistake, not the student's). */
function harnessOf(harnesses: Map<string, string>, file: string, fn: string) {
  const module = harnesses.get(file);
  if (!module) throw new Error(`no harness src/${file} in the course (a check's mistake)`);
  return { module, fn };
}

function fail(result: CheckResult, reason: string, message: string) {
  result.status = "failed";
  result.points = 0;
  result.reason = reason;
  result.message = message;
}

async function runCheck(
  check: Check,
  result: CheckResult,
  fnName: string,
  module: string,
  sandbox: Sandbox,
  options: GradeOptions,
  whole: Budget,
  harnesses: Map<string, string>,
  moduleOf: (fn: string) => Promise<string>,
): Promise<void> {
  const seed = checkSeed(options.seed, result.id);
  const budget = options.timeoutMs ?? check.timeoutMs ?? 10_000;
  const deadline = Math.min(performance.now() + budget, whole.deadline);
  const cutByBudget = deadline === whole.deadline;
  // every call of the check shares its limit (and the submission's budget); a call always gets at least 1 ms
  const timeoutMs = () => Math.max(1, Math.round(deadline - performance.now()));
  const tampered = sandbox.tampered;
  const inputs: string[] = [];
  const reveal = options.reveal ?? false;
  try {
    await check.run({
      call: (...args) => sandbox.call(module, fnName, args, timeoutMs()),
      model: (args, probe, via) =>
        sandbox.call(module, fnName, args, timeoutMs(), {
          probe,
          ...(via ? { harness: harnessOf(harnesses, via.file, via.fn) } : {}),
        }),
      harness: (file, fn, ...args) =>
        sandbox.call(module, fnName, args, timeoutMs(), {
          harness: harnessOf(harnesses, file, fn),
        }),
      callOther: async (fn, ...args) => sandbox.call(await moduleOf(fn), fn, args, timeoutMs()),
      seed,
      rng: new RandomState(seed),
      reveal,
      input: (label, value) => inputs.push(`${label} = ${describe(value)}`),
      property: (arbitrary, predicate, opts) =>
        runProperty(seed, reveal, arbitrary, predicate, opts?.numRuns),
    });
    // an answer nobody asked for, even one that came after this check's last call
    if (sandbox.tampered !== tampered)
      throw new SandboxFailure("bad-answer", "the sandbox sent an answer it was not asked for");
    result.status = "passed";
    result.points = result.max;
    result.message = "";
    delete result.reason;
  } catch (error) {
    // the grader's own failure stops the grading: no check is scored on it
    if (error instanceof SandboxStartError) throw error;
    const shownInputs = reveal && inputs.length ? `\nInputs: ${inputs.join("; ")}` : "";
    if (error instanceof SandboxFailure) {
      const message =
        error.reason === "not-implemented"
          ? `${fnName} is not implemented yet`
          : error.reason === "timeout"
            ? cutByBudget
              ? `${fnName}: ${outOfBudget(whole).replace("before", "during")}; the process was killed`
              : `${fnName}: no answer within the check's time limit of ${budget / 1000} s (timeout); the process was killed`
            : `${fnName}: ${error.message}`;
      fail(result, error.reason, message + shownInputs);
    } else {
      fail(result, "wrong", `${(error as Error).message ?? String(error)}${shownInputs}`);
    }
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value, (_k, v) =>
    v instanceof tf.Tensor
      ? v.arraySync()
      : ArrayBuffer.isView(v)
        ? Array.from(v as unknown as ArrayLike<number>)
        : v,
  );
  return text && text.length > 400 ? `${text.slice(0, 400)}…` : String(text);
}
