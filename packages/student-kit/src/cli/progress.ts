/**
 * `dlc progress`: per course and assignment, how many graded functions pass
 * (like rustlings' list), and the next function to work on. Remembers the
 * result in `<course>/.dlc/progress.json` for `dlc hint`.
 *
 * As long as the tests: it runs them all. So it says on stderr which course and
 * file it is at (status-line.ts), and each course's table comes as soon as it is done.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCourse, formatSummary } from "../vitest/format.ts";
import type { CourseResult } from "../vitest/results.ts";
import { type CoursePackage, stateDir } from "./courses.ts";
import { runCourseTests } from "./run-tests.ts";
import { statusLine } from "./status-line.ts";

export function progressFile(pkg: CoursePackage): string {
  return join(stateDir(pkg), "progress.json");
}

/**
 * @param all several courses at once (from the repository's root): suggested commands
 *   then name the course
 */
export async function progress(
  packages: CoursePackage[],
  { details = false, all = false } = {},
): Promise<number> {
  const results: CourseResult[] = [];
  const status = statusLine();
  for (const pkg of packages) {
    if (pkg.course.assignments.length === 0) {
      process.stdout.write(`${pkg.course.slug}: no exercises yet\n`);
      continue;
    }
    status.step(`progress ${pkg.course.slug} · starting the tests`);
    const result = await runCourseTests(pkg, "exercises", [], {
      onFile: (file, done, total) =>
        status.count(`progress ${pkg.course.slug} · ${file}`, done, total),
    });
    status.done();
    results.push(result);
    mkdirSync(stateDir(pkg), { recursive: true });
    const summary = result.functions.map(({ assignment, name, path, status }) => ({
      assignment,
      name,
      path,
      status,
    }));
    writeFileSync(
      progressFile(pkg),
      `${JSON.stringify({ course: pkg.course.slug, functions: summary }, null, 2)}\n`,
    );
    process.stdout.write(`${formatCourse(result, { details })}\n\n`);
  }
  const hintCommand = (course: string) => (all ? `pnpm hint --course ${course}` : "pnpm hint");
  process.stdout.write(`${formatSummary(results, { hintCommand })}\n`);
  return 0;
}
