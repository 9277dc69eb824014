/**
 * `dlc progress`: per course and assignment, how many graded functions pass
 * (like rustlings' list), and the next function to work on. Remembers the
 * result in `<course>/.dlc/progress.json` for `dlc hint`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCourse, formatSummary } from "../vitest/format.ts";
import type { CourseResult } from "../vitest/results.ts";
import { type CoursePackage, stateDir } from "./courses.ts";
import { runCourseTests } from "./run-tests.ts";

export function progressFile(pkg: CoursePackage): string {
  return join(stateDir(pkg), "progress.json");
}

export async function progress(
  packages: CoursePackage[],
  { details = false } = {},
): Promise<number> {
  const results: CourseResult[] = [];
  for (const pkg of packages) {
    if (pkg.course.assignments.length === 0) {
      process.stdout.write(`${pkg.course.slug}: no exercises yet\n`);
      continue;
    }
    const result = await runCourseTests(pkg, "exercises");
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
  process.stdout.write(`${formatSummary(results)}\n`);
  return 0;
}
