/**
 * The grade report as Gradescope's autograder `results.json`
 * (https://gradescope-autograders.readthedocs.io/en/latest/specs/): the total score,
 * a summary paragraph and one test per check. Contract checks are always visible;
 * the others show after the grades are published, unless `reveal` is set.
 */
import { type GradeReport, percent } from "../engine/report.ts";

export interface GradescopeOptions {
  /** show every check to students right away, not only the contract checks */
  reveal: boolean;
}

type Visibility = "hidden" | "after_due_date" | "after_published" | "visible";

interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  visibility: Visibility;
}

interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  visibility: Visibility;
  stdout_visibility: Visibility;
  tests: GradescopeTest[];
}

export function formatGradescope(report: GradeReport, options: GradescopeOptions): string {
  const tests: GradescopeTest[] = [];
  report.assignments.forEach((assignment, a) => {
    const nn = /^\d+/.exec(assignment.slug)?.[0] ?? String(a + 1).padStart(2, "0");
    assignment.functions.forEach((fn, f) => {
      fn.checks.forEach((check, c) => {
        tests.push({
          name: `${check.id}: ${check.description}`,
          number: `${nn}.${f + 1}.${c + 1}`,
          score: check.points,
          max_score: check.max,
          status: check.status === "passed" ? "passed" : "failed",
          output: check.message,
          visibility: check.kind === "contract" || options.reveal ? "visible" : "after_published",
        });
      });
    });
  });
  const results: GradescopeResults = {
    score: report.points,
    execution_time: Math.round(report.durationMs / 10) / 100,
    output: summary(report),
    visibility: "visible",
    stdout_visibility: "hidden",
    tests,
  };
  return `${JSON.stringify(results, null, 2)}\n`;
}

function summary(report: GradeReport): string {
  const all = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
  const passed = all.filter((c) => c.status === "passed").length;
  const failed = all.filter((c) => c.status === "failed").length;
  const notRun = all.filter((c) => c.status === "not-run").length;
  const parts = [
    `${report.course.title}: ${report.points}/${report.max} points ` +
      `(${percent(report.points, report.max)} %) for ${report.submission}.`,
    `${passed} of ${all.length} checks passed, ${failed} failed` +
      (notRun > 0 ? `, ${notRun} not run.` : "."),
    `Seed ${report.seed}, grader ${report.grader.version}.`,
  ];
  if (!report.complete) {
    parts.push(`Note: grading was cut short: ${notRun} checks not run count as failed.`);
  }
  if (report.skipped.length > 0)
    parts.push(
      `Files not graded: ${report.skipped.map((s) => `${s.path} (${s.reason})`).join("; ")}.`,
    );
  return parts.join(" ");
}
