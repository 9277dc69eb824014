/**
 * Test results folded per graded function: the one view the student reporter,
 * `dlc progress` and `dlc prove` share.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { SerializedError, TestModule } from "vitest/node";
import { allFunctions, type Course, testFileOf } from "../course/define-course.ts";
import { nameCounterexample, propertyParameters } from "./counterexample.ts";

export interface CaseResult {
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  /** first error's name and message, for failures */
  errorName?: string;
  message?: string;
  /** the first stack frame inside the course folder, if any */
  where?: string;
}

export type FunctionStatus = "done" | "not-started" | "failing" | "no-tests";

export interface FunctionResult {
  assignment: string;
  name: string;
  /** exercises/<assignment>/<module> */
  path: string;
  status: FunctionStatus;
  cases: CaseResult[];
  /** an error while loading the test file (syntax error, bad import) */
  loadError?: string;
}

export interface CourseResult {
  course: string;
  functions: FunctionResult[];
  /** errors outside any test, and test files that belong to no graded function */
  otherErrors: string[];
  /** tests of the course's own provided code (src/), not graded */
  support: { passed: number; failed: number };
}

const NOT_IMPLEMENTED = /is not implemented yet/;

function firstFrame(stack: string | undefined, courseDir: string): string | undefined {
  if (!stack) return undefined;
  for (const line of stack.split("\n")) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (m && m[1]!.startsWith(courseDir + sep) && !m[1]!.includes(`${sep}node_modules${sep}`)) {
      return `${relative(courseDir, m[1]!)}:${m[2]}`;
    }
  }
  return undefined;
}

/**
 * A failure as the student should read it. A property failure wraps the real
 * error (its `cause`): show that first, then fast-check's counterexample, its values
 * named by the property's parameters (read from `source`, the test file).
 */
function describeError(
  error: SerializedError,
  courseDir: string,
  testName = "",
  source = "",
): Pick<CaseResult, "errorName" | "message" | "where"> {
  const cause = error.cause as SerializedError | undefined;
  if (cause?.message) {
    const raw = /Counterexample: .*/.exec(error.message ?? "")?.[0];
    const counterexample = raw && nameCounterexample(raw, propertyParameters(source, testName));
    const where = firstFrame(cause.stack, courseDir);
    return {
      errorName: cause.name,
      message: [cause.message, counterexample].filter(Boolean).join("\n"),
      ...(where ? { where } : {}),
    };
  }
  const where = firstFrame(error.stack, courseDir);
  return {
    errorName: error.name,
    message: error.message ?? String(error),
    ...(where ? { where } : {}),
  };
}

function statusOf(cases: CaseResult[], loadError: string | undefined): FunctionStatus {
  if (loadError) return NOT_IMPLEMENTED.test(loadError) ? "not-started" : "failing";
  const run = cases.filter((c) => c.state === "passed" || c.state === "failed");
  if (run.length === 0) return "no-tests";
  const failed = run.filter((c) => c.state === "failed");
  if (failed.length === 0) return "done";
  if (failed.length === run.length && failed.every((c) => NOT_IMPLEMENTED.test(c.message ?? "")))
    return "not-started";
  return "failing";
}

/** Folds vitest's test modules into per-function results, in course order. */
export function collectResults(
  course: Course,
  courseDir: string,
  modules: readonly TestModule[],
): CourseResult {
  const byFile = new Map<string, TestModule>();
  for (const module of modules)
    byFile.set(relative(courseDir, module.moduleId).split(sep).join("/"), module);
  const functions: FunctionResult[] = [];
  const claimed = new Set<string>();
  for (const { assignment, fn } of allFunctions(course)) {
    const testFile = `exercises/${assignment.slug}/${testFileOf(fn.module)}`;
    claimed.add(testFile);
    const module = byFile.get(testFile);
    const cases: CaseResult[] = [];
    let loadError: string | undefined;
    if (module) {
      let source = "";
      try {
        source = readFileSync(module.moduleId, "utf8");
      } catch {
        // names stay unread; the counterexample is shown as fast-check prints it
      }
      const errors = module.errors();
      if (errors.length > 0) loadError = errors.map((e) => e.message).join("\n");
      for (const test of module.children.allTests()) {
        const result = test.result();
        const error = result.errors?.[0];
        cases.push({
          name: test.fullName,
          state: result.state,
          ...(error ? describeError(error, courseDir, test.name, source) : {}),
        });
      }
    }
    functions.push({
      assignment: assignment.slug,
      name: fn.name,
      path: `exercises/${assignment.slug}/${fn.module}`,
      status: module ? statusOf(cases, loadError) : "no-tests",
      cases,
      ...(loadError ? { loadError } : {}),
    });
  }
  const otherErrors: string[] = [];
  const support = { passed: 0, failed: 0 };
  for (const [file, module] of byFile) {
    if (claimed.has(file)) continue;
    const tests = [...module.children.allTests()];
    const failed = tests.filter((t) => t.result().state === "failed");
    support.passed += tests.filter((t) => t.result().state === "passed").length;
    support.failed += failed.length + module.errors().length;
    for (const t of failed)
      otherErrors.push(`${file} › ${t.fullName}: ${t.result().errors?.[0]?.message ?? "failed"}`);
    for (const e of module.errors()) otherErrors.push(`${file}: ${e.message}`);
  }
  return { course: course.slug, functions, otherErrors, support };
}
