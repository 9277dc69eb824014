/**
 * The reporter `pnpm test` uses in a course: a line per graded function
 * (done, failing, not implemented yet), the first failures in full but without
 * stack traces, then progress and the next function to work on.
 * `DLC_REPORTER=vitest pnpm test` gives vitest's own reporter instead.
 */
import type { Reporter, SerializedError, TestModule } from "vitest/node";
import type { Course } from "../course/define-course.ts";
import { formatCourse, formatSummary, paint, shortMessage } from "./format.ts";
import { collectResults } from "./results.ts";
import type { Target } from "./target.ts";

export class StudentReporter implements Reporter {
  constructor(
    private readonly course: Course,
    private readonly courseDir: string,
    private readonly target: Target,
  ) {}

  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    const result = collectResults(this.course, this.courseDir, modules);
    const ran = result.functions.filter((f) => f.status !== "no-tests" || f.cases.length > 0);
    // When a filter selected some files, show only the functions that ran.
    const shown =
      ran.length > 0 && ran.length < result.functions.length
        ? { ...result, functions: ran }
        : result;
    const lines: string[] = [];
    if (this.target !== "exercises") lines.push(paint("gray", `target: ${this.target}/`));
    lines.push(formatCourse(shown));
    for (const e of unhandledErrors)
      lines.push(paint("red", `Unhandled error: ${shortMessage(e.message ?? String(e))}`));
    lines.push("", formatSummary([shown]));
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}
