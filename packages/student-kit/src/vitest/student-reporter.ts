/**
 * The reporter `pnpm test` uses in a course: a line per graded function
 * (done, failing, not implemented yet), the first failures in full but without
 * stack traces, then progress and the next function to work on.
 * `DLC_REPORTER=vitest pnpm test` gives vitest's own reporter instead.
 *
 * - A course with no exercises yet says so in one line.
 * - A file filter that matches nothing (`pnpm test nosuch`) is an error: one line on
 *   stderr with the closest assignment or module names, exit code 2.
 * - A filtered run remembers the assignments it showed (`<course>/.dlc/last-test.json`),
 *   so `pnpm hint sigmoid` after `pnpm test 02-logistic` picks assignment 02.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Reporter, SerializedError, TestModule, Vitest } from "vitest/node";
import { type CoursePackage, stateDir } from "../cli/courses.ts";
import type { Course } from "../course/define-course.ts";
import { allFunctions } from "../course/define-course.ts";
import { closest, didYouMean } from "./closest.ts";
import { formatCourse, formatSummary, paint, shortMessage } from "./format.ts";
import { collectResults } from "./results.ts";
import type { Target } from "./target.ts";

/** The file `dlc hint` reads to resolve an ambiguous name after a filtered `pnpm test`. */
export function lastTestFile(pkg: CoursePackage): string {
  return join(stateDir(pkg), "last-test.json");
}

/** What a test filter can name: assignments and modules (`02-logistic-regression`, `propagate`). */
function filterNames(course: Course): string[] {
  return [
    ...course.assignments.map((a) => a.slug),
    ...allFunctions(course).map(({ fn }) => fn.module.replace(/\.ts$/, "")),
  ];
}

/** The one line for a filter that matched no test file. */
export function noMatchLine(course: Course, filters: readonly string[]): string {
  const names = filterNames(course);
  // a function's name (camelCase) is not its file's name: point at the file
  const byName = allFunctions(course)
    .filter(({ fn }) => filters.some((f) => f.toLowerCase() === fn.name.toLowerCase()))
    .map(({ fn }) => fn.module.replace(/\.ts$/, ""));
  const near = [...new Set([...byName, ...filters.flatMap((f) => closest(f, names))])].slice(0, 3);
  const hint =
    near.length > 0
      ? didYouMean(near)
      : ` (assignments: ${course.assignments.map((a) => a.slug).join(", ")})`;
  return `pnpm test: no test of ${course.slug} matches '${filters.join(" ")}'${hint}`;
}

export class StudentReporter implements Reporter {
  private vitest: Vitest | undefined;

  constructor(
    private readonly course: Course,
    private readonly courseDir: string,
    private readonly target: Target,
  ) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    if (this.course.assignments.length === 0) {
      process.stdout.write(
        `${this.course.slug}: no exercises yet (${this.course.title} is being written); nothing to test\n`,
      );
      return;
    }
    // the file filters of the command line (`pnpm test 02-logistic`); internal to vitest
    const filters = (this.vitest as { filenamePattern?: string[] } | undefined)?.filenamePattern;
    if (modules.length === 0 && filters?.length) {
      process.stderr.write(`${noMatchLine(this.course, filters)}\n`);
      process.exitCode = 2;
      return;
    }
    const result = collectResults(this.course, this.courseDir, modules);
    const ran = result.functions.filter((f) => f.status !== "no-tests" || f.cases.length > 0);
    // When a filter selected some files, show only the functions that ran.
    const filtered = ran.length > 0 && ran.length < result.functions.length;
    const shown = filtered ? { ...result, functions: ran } : result;
    this.remember(filtered ? [...new Set(ran.map((f) => f.assignment))] : []);
    const lines: string[] = [];
    if (this.target !== "exercises") lines.push(paint("gray", `target: ${this.target}/`));
    lines.push(formatCourse(shown));
    for (const e of unhandledErrors)
      lines.push(paint("red", `Unhandled error: ${shortMessage(e.message ?? String(e))}`));
    lines.push("", formatSummary([shown]));
    process.stdout.write(`${lines.join("\n")}\n`);
  }

  /** The assignments a filtered run showed (none: the whole course), for `dlc hint`. */
  private remember(assignments: string[]): void {
    try {
      const file = lastTestFile({ dir: this.courseDir, course: this.course });
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ assignments }, null, 2)}\n`);
    } catch {
      // a read-only checkout still gets its report
    }
  }
}
